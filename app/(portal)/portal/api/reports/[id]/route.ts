import { noSuchReport, readReport, saveReportForm } from '@/auth/portalReports'
import { json, portalRoute } from '@/auth/portalRoute'
import { readJSON } from '@/auth/readJSON'
import { formFromReport, type ReportForm } from '@/lib/reportForm'

type Params = { id: string }

export const GET = portalRoute<Params>(async (context, { id }) => {
  const report = await readReport(context, id)
  if (!report) return noSuchReport()
  return json({
    id: report.id,
    status: report.status,
    updatedAt: report.updatedAt,
    form: formFromReport(report as never),
  })
})

/** The draft as the user typed it. Saved whole, as often as they type. */
export const PATCH = portalRoute<Params>(async (context, { id }) => {
  const { form } = await readJSON<{ form?: Partial<ReportForm> }>(context.request)
  return saveReportForm(context, id, form)
})
