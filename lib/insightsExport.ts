import ExcelJS from 'exceljs'
import { countryName } from './countries'
import type { Insights } from './insights'
import { insightsWords } from './insightsText'
import { intlLocale, type Locale } from './locales'
import { reportStatusLabels, type ReportStatus } from './reportWorkflow'

export const exportData = ['screenings', 'reports', 'press'] as const
export type ExportData = (typeof exportData)[number]
export const exportFormats = ['csv', 'xlsx'] as const
export type ExportFormat = (typeof exportFormats)[number]

type Cell = string | number
export type ExportTable = { headers: string[]; rows: Cell[][] }

const status = (value: string, locale: Locale) => reportStatusLabels[value as ReportStatus]?.[locale] ?? value

/** One row per screening, per report or per press item, with headers in the reader's language. */
export const exportTable = (insights: Insights, data: ExportData, locale: Locale): ExportTable => {
  const w = insightsWords[locale]
  const country = (code?: string | null) => (code ? countryName(code, intlLocale(locale)) : '')
  const day = (value?: string | null) => (value ? value.slice(0, 10) : '')
  if (data === 'screenings')
    return {
      headers: [w.date, w.country, w.city, w.event, w.film, w.embassy, w.status, w.attendance],
      rows: insights.rows.map((row) => [
        day(row.screening.startsAt),
        country(row.event.country),
        row.screening.city || row.event.city,
        row.event.title,
        row.film,
        row.embassy,
        status(row.report.status, locale),
        row.attendance,
      ]),
    }
  if (data === 'reports') {
    const attendance = new Map<string, { screenings: number; attendance: number }>()
    // What each report itself gave, even for a screening another report's figure counts in the totals.
    for (const row of insights.reportedRows) {
      const entry = attendance.get(String(row.report.id)) ?? { screenings: 0, attendance: 0 }
      entry.screenings += 1
      entry.attendance += row.attendance
      attendance.set(String(row.report.id), entry)
    }
    const eventOf = new Map(insights.events.map((e) => [String(e.id), e]))
    return {
      headers: [
        w.report,
        w.event,
        w.date,
        w.country,
        w.embassy,
        w.status,
        w.screenings,
        w.attendance,
        w.pressItems,
      ],
      rows: insights.reports.map((report) => {
        const event = eventOf.get(String(report.event))
        const figures = attendance.get(String(report.id))
        return [
          report.title,
          event?.title ?? '',
          day(event?.startsOn),
          country(event?.country),
          // The reporter: the embassy, or the ministry or its delegation for their own reports.
          insights.reporterNames.get(String(report.id)) ?? '',
          status(report.status, locale),
          figures?.screenings ?? 0,
          figures?.attendance ?? 0,
          report.pressCoverage.length,
        ]
      }),
    }
  }
  return {
    headers: [w.date, w.outlet, w.headline, w.country, w.language, w.link, w.report, w.event],
    rows: insights.press.map((item) => [
      day(item.date),
      item.outlet ?? '',
      item.headline ?? '',
      country(item.country),
      item.language ?? '',
      item.link ?? '',
      item.report.title,
      item.event?.title ?? '',
    ]),
  }
}

/**
 * A cell a spreadsheet will not run as a formula (OWASP "CSV injection"): text starting with
 * = + - @, a tab or a carriage return gets a leading apostrophe. Numbers stay numbers.
 */
export const safeCell = (value: Cell): Cell =>
  typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value

const csvField = (value: Cell) => {
  const text = String(safeCell(value))
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** RFC 4180 CSV with a byte order mark, so Excel reads Kazakh and Russian as UTF-8. */
export const toCSV = ({ headers, rows }: ExportTable): string =>
  `\uFEFF${[headers, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`

export const toXLSX = async ({ headers, rows }: ExportTable, sheetName: string): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31))
  sheet.addRow(headers).font = { bold: true }
  // Formula-looking text is made safe here too: a reader may save the sheet as CSV later.
  for (const row of rows) sheet.addRow(row.map(safeCell))
  sheet.columns.forEach((column) => (column.width = 20))
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
