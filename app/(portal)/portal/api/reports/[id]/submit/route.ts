import { saveReportForm } from '@/auth/portalReports'
import { portalRoute } from '@/auth/portalRoute'
import { readJSON } from '@/auth/readJSON'
import type { ReportForm } from '@/lib/reportForm'

/** The last changes and the move to "submitted", saved together: the ministry gets what was on screen. */
export const POST = portalRoute<{ id: string }>(async (context, { id }) => {
  const { form, comment } = await readJSON<{ form?: Partial<ReportForm>; comment?: string }>(context.request)
  return saveReportForm(context, id, form, { status: 'submitted', statusComment: comment?.trim() || null })
})
