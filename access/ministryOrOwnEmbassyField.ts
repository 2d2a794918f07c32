import type { FieldAccess } from 'payload'
import { sameID } from '../lib/extractID'
import { embassyOf, isMinistry } from './roles'

/** The ministry's review of a report is between the ministry and the embassy that wrote it. */
export const ministryOrOwnEmbassyField: FieldAccess = ({ req: { user }, doc }) => {
  if (isMinistry(user)) return true
  const embassy = embassyOf(user)
  return embassy !== undefined && sameID(embassy, doc?.embassy)
}
