import type { Access } from 'payload'
import { embassyOf, isMinistry } from './roles'

/**
 * A screening is as visible as its event: the public sees those of published events out of the
 * trash, as each screening stores it (`eventPublic`, lib/screeningVisibility.ts); an embassy also
 * sees those of its own events, drafts included.
 */
export const screeningsOfVisibleEvents: Access = ({ req: { user } }) => {
  if (isMinistry(user)) return true
  const ofPublicEvent = { eventPublic: { equals: true } }
  const embassy = embassyOf(user)
  if (embassy === undefined) return ofPublicEvent
  return { or: [ofPublicEvent, { 'event.organisingEmbassy': { equals: embassy } }] }
}
