import { json, portalRoute } from '@/auth/portalRoute'
import { notEditable, readReport } from '@/auth/portalReports'
import { readJSON } from '@/auth/readJSON'
import { embassyEditableStatuses, type ReportStatus } from '@/lib/reportWorkflow'
import { formFromReport, reportDataFromForm, type ReportForm } from '@/lib/reportForm'

type Params = { id: string }

export const GET = portalRoute<Params>(async (context, { id }) => {
  const report = await readReport(context, id)
  if (!report) return json({ error: 'not-found', message: 'No such report.' }, 404)
  return json({ id: report.id, status: report.status, updatedAt: report.updatedAt, form: formFromReport(report as never) })
})

/** The draft as the user typed it. Saved whole, as often as they type. */
export const PATCH = portalRoute<Params>(async (context, { id }) => {
  const { form } = await readJSON<{ form?: Partial<ReportForm> }>(context.request)
  const report = await readReport(context, id)
  if (!report) return json({ error: 'not-found', message: 'No such report.' }, 404)
  if (!embassyEditableStatuses.includes(report.status as ReportStatus)) return notEditable(report.status as ReportStatus)
  const saved = await context.payload.update({
    collection: 'reports', id, locale: context.locale, depth: 0, user: context.user, overrideAccess: false,
    data: { ...reportDataFromForm(form ?? {}, context.payload.db.defaultIDType), writtenIn: context.locale },
  })
  return json({ id: saved.id, status: saved.status, updatedAt: saved.updatedAt })
})
