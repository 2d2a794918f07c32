import type { Access, Where } from 'payload'
import { embassyEditableStatuses } from '../lib/reportWorkflow'
import { embassyOf, hasRole, isMinistry } from './roles'

// Out of the trash: a list asking `trash=true` showed the public a published report trashed since.
const published: Where = { and: [{ status: { equals: 'published' } }, { deletedAt: { exists: false } }] }

/**
 * The public reads published reports; an embassy reads its own at every stage. The ministry's own
 * reports have no embassy, so embassy staff read them only once published, like the public.
 */
export const canReadReport: Access = ({ req: { user } }) => {
  if (isMinistry(user)) return true
  const embassy = embassyOf(user)
  if (embassy === undefined) return published
  return { or: [published, { embassy: { equals: embassy } }] }
}

/** Embassy staff write reports for their own embassy (the field is forced by a hook). */
export const canCreateReport: Access = ({ req: { user } }) =>
  isMinistry(user) || (hasRole(user, 'embassy') && embassyOf(user) !== undefined)

/**
 * The embassy holds the pen while its report is a draft or sent back; the ministry always, and alone
 * on its own reports (they match no embassy).
 */
export const canUpdateReport: Access = ({ req: { user } }) => {
  if (isMinistry(user)) return true
  const embassy = embassyOf(user)
  if (embassy === undefined) return false
  const ownAndOpen: Where = {
    and: [{ embassy: { equals: embassy } }, { status: { in: embassyEditableStatuses } }],
  }
  return ownAndOpen
}
