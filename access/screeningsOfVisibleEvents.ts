import type { Access } from 'payload'
import { embassyOf, isMinistry } from './roles'

/** A screening is as visible as its event. */
export const screeningsOfVisibleEvents: Access = ({ req: { user } }) => {
  if (isMinistry(user)) return true
  const ofPublishedEvent = { 'event._status': { equals: 'published' } }
  const embassy = embassyOf(user)
  if (embassy === undefined) return ofPublishedEvent
  return { or: [ofPublishedEvent, { 'event.organisingEmbassy': { equals: embassy } }] }
}
