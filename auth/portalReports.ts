import { embassyEditableStatuses, type ReportStatus } from '../lib/reportWorkflow'
import { reportDataFromForm, type ReportForm } from '../lib/reportForm'
import { json, type PortalContext } from './portalRoute'

export const noSuchReport = () => json({ error: 'not-found', message: 'No such report.' }, 404)

/**
 * One of the user's own embassy's reports, as they may read it; null otherwise. Another embassy's
 * published report is public on the site, but in the portal it is simply not there.
 */
export const readReport = async ({ payload, user, embassy, locale }: PortalContext, id: string) => {
  const { docs } = await payload.find({
    collection: 'reports',
    locale,
    depth: 0,
    limit: 1,
    pagination: false,
    user,
    overrideAccess: false,
    where: { and: [{ id: { equals: id } }, { embassy: { equals: embassy.id } }] },
  })
  return docs[0] ?? null
}

/**
 * Saves what the form holds, in the language being written, with whatever else the step sets (a
 * submission adds its status and comment): not found, not editable, or saved whole.
 */
export const saveReportForm = async (
  context: PortalContext,
  id: string,
  form: Partial<ReportForm> | undefined,
  step: Record<string, unknown> = {},
) => {
  const report = await readReport(context, id)
  if (!report) return noSuchReport()
  const status = report.status as ReportStatus
  if (!embassyEditableStatuses.includes(status))
    return json(
      {
        error: 'not-editable',
        status,
        message: 'This report is with the ministry or already approved, so it cannot be changed now.',
      },
      409,
    )
  const saved = await context.payload.update({
    collection: 'reports',
    id,
    locale: context.locale,
    req: { ...context.formLanguage },
    depth: 0,
    user: context.user,
    overrideAccess: false,
    data: {
      ...reportDataFromForm(form ?? {}, context.payload.db.defaultIDType),
      writtenIn: context.locale,
      ...step,
    },
  })
  return json({ id: saved.id, status: saved.status, updatedAt: saved.updatedAt })
}
