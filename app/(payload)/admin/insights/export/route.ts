import { ministryStaffRequest } from '@/auth/adminStaff'
import { filtersFrom } from '@/lib/insights'
import {
  exportData,
  exportFormats,
  exportTable,
  toCSV,
  toXLSX,
  type ExportData,
  type ExportFormat,
} from '@/lib/insightsExport'
import { insightsWords } from '@/lib/insightsText'
import { queryInsights } from '@/queries/insights'

export const dynamic = 'force-dynamic'

/**
 * /admin/insights/export?format=csv|xlsx&data=screenings|reports|press with the insights' filters.
 * A route handler beside Payload's catch-all: its static segments win, and it reads the same session.
 */
export async function GET(request: Request) {
  const staff = await ministryStaffRequest(request)
  if (staff instanceof Response) return staff
  const params = new URL(request.url).searchParams
  const format = params.get('format') as ExportFormat
  const data = params.get('data') as ExportData
  if (!exportFormats.includes(format) || !exportData.includes(data))
    return new Response('Ask for format=csv or xlsx and data=screenings, reports or press.', { status: 400 })
  const insights = await queryInsights(staff.payload, filtersFrom(params), staff.language)
  const table = exportTable(insights, data, staff.language)
  const name = `insights-${data}-${new Date().toISOString().slice(0, 10)}`
  const headers = { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' }
  if (format === 'csv')
    return new Response(toCSV(table), {
      headers: {
        ...headers,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}.csv"`,
      },
    })
  const sheet = { screenings: 'exportScreenings', reports: 'exportReports', press: 'exportPress' } as const
  return new Response(new Uint8Array(await toXLSX(table, insightsWords[staff.language][sheet[data]])), {
    headers: {
      ...headers,
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${name}.xlsx"`,
    },
  })
}
