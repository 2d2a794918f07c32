import type { CollectionBeforeValidateHook } from 'payload'
import { embassyOf } from '../access/roles'

/**
 * A report names one reporter. Embassy staff always report as their embassy, whatever they send
 * (forceOwnEmbassy has set which one); the ministry's own reports carry no embassy, and only a
 * delegation's report keeps a delegation name. System writes (no user) are settled the same way.
 */
export const settleReporter: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (!data) return data
  if (embassyOf(req.user) !== undefined) {
    data.reportedBy = 'embassy'
    data.delegation = null
    return data
  }
  const kind = data.reportedBy ?? originalDoc?.reportedBy ?? 'embassy'
  if (kind !== 'embassy' && (data.embassy !== undefined || originalDoc?.embassy)) data.embassy = null
  if (kind !== 'delegation' && (data.delegation !== undefined || originalDoc?.delegation))
    data.delegation = null
  return data
}
