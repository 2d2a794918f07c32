import type { Access, Where } from 'payload'
import { embassyOf, isMinistry } from './roles'

/**
 * The public sees published events out of the trash (a list asking `trash=true` included); an
 * embassy also sees its own, drafts and trash included.
 */
export const publishedOrOwnEmbassyEvents: Access = ({ req: { user } }) => {
  if (isMinistry(user)) return true
  const published: Where = { and: [{ _status: { equals: 'published' } }, { deletedAt: { exists: false } }] }
  const embassy = embassyOf(user)
  if (embassy === undefined) return published
  return { or: [published, { organisingEmbassy: { equals: embassy } }] }
}
