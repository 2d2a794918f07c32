import type { Access } from 'payload'
import { embassyOf, isMinistry } from './roles'

/** The public sees published events; an embassy also sees its own, drafts included. */
export const publishedOrOwnEmbassyEvents: Access = ({ req: { user } }) => {
  if (isMinistry(user)) return true
  const published = { _status: { equals: 'published' } }
  const embassy = embassyOf(user)
  if (embassy === undefined) return published
  return { or: [published, { organisingEmbassy: { equals: embassy } }] }
}
