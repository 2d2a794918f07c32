import type { ReportStatus } from '../lib/reportWorkflow'
import { json, type PortalContext } from './portalRoute'

/**
 * One of the user's own embassy's reports, as they may read it; null otherwise. Another embassy's
 * published report is public on the site, but in the portal it is simply not there.
 */
export const readReport = async ({ payload, user, embassy, locale }: PortalContext, id: string) => {
  const { docs } = await payload.find({
    collection: 'reports', locale, depth: 0, limit: 1, pagination: false, user, overrideAccess: false,
    where: { and: [{ id: { equals: id } }, { embassy: { equals: embassy.id } }] },
  })
  return docs[0] ?? null
}

export const notEditable = (status: ReportStatus) =>
  json({ error: 'not-editable', status, message: 'This report is with the ministry or already approved, so it cannot be changed now.' }, 409)
