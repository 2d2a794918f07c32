import { json, portalRoute } from '@/auth/portalRoute'
import { readJSON } from '@/auth/readJSON'
import { embassyEditableStatuses, type ReportStatus } from '@/lib/reportWorkflow'
import { reportDataFromForm, type ReportForm } from '@/lib/reportForm'
import { notEditable, readReport } from '@/auth/portalReports'

/** The last changes and the move to "submitted", saved together: the ministry gets what was on screen. */
export const POST = portalRoute<{ id: string }>(async (context, { id }) => {
  const { form, comment } = await readJSON<{ form?: Partial<ReportForm>; comment?: string }>(context.request)
  const report = await readReport(context, id)
  if (!report) return json({ error: 'not-found', message: 'No such report.' }, 404)
  if (!embassyEditableStatuses.includes(report.status as ReportStatus)) return notEditable(report.status as ReportStatus)
  const saved = await context.payload.update({
    collection: 'reports', id, locale: context.locale, depth: 0, user: context.user, overrideAccess: false,
    data: { ...reportDataFromForm(form ?? {}, context.payload.db.defaultIDType), writtenIn: context.locale, status: 'submitted', statusComment: comment?.trim() || null },
  })
  return json({ id: saved.id, status: saved.status, updatedAt: saved.updatedAt })
})
