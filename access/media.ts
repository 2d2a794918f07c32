import type { Access, Where } from 'payload'
import { embassyOf, hasRole, isMinistry } from './roles'

const inPublicUse: Where = { inPublicUse: { equals: true } }

/** Images are public once a published page uses them; an embassy also sees its own uploads. */
export const canReadMedia: Access = ({ req: { user } }) => {
  if (isMinistry(user)) return true
  const embassy = embassyOf(user)
  if (embassy === undefined) return inPublicUse
  return { or: [inPublicUse, { embassy: { equals: embassy } }] }
}

export const canUploadMedia: Access = ({ req: { user } }) =>
  isMinistry(user) || (hasRole(user, 'embassy') && embassyOf(user) !== undefined)

/** An embassy may correct alt text and credits on its own uploads until they are public. */
export const canUpdateMedia: Access = ({ req: { user } }) => {
  if (isMinistry(user)) return true
  const embassy = embassyOf(user)
  if (embassy === undefined) return false
  const ownAndPrivate: Where = {
    and: [{ embassy: { equals: embassy } }, { inPublicUse: { not_equals: true } }],
  }
  return ownAndPrivate
}
