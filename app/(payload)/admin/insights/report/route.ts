import { ministryStaffRequest } from '@/auth/adminStaff'
import { annualReportRequest, pdfResponse } from '@/lib/annualReportRequest'
import { buildAnnualReport } from '@/queries/annualReport'

export const dynamic = 'force-dynamic'

/** /admin/insights/report?year=YYYY&locale=kk|ru|en[&embassy=ID]: the annual report, for ministry staff. */
export async function GET(request: Request) {
  const staff = await ministryStaffRequest(request)
  if (staff instanceof Response) return staff
  const params = new URL(request.url).searchParams
  const asked = annualReportRequest(params, staff.language)
  if ('problem' in asked) return new Response(asked.problem, { status: 400 })
  const embassy = params.get('embassy')?.match(/^[\w-]{1,64}$/)?.[0]
  const pdf = await buildAnnualReport(staff.payload, { ...asked, embassy })
  return pdfResponse(
    pdf,
    `annual-report-${asked.year}-${asked.locale}${embassy ? `-embassy-${embassy}` : ''}`,
  )
}
