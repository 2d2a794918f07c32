// The portal's report form as plain JSON, and the report data it becomes. Only these fields ever
// come from the form: status, embassy and history are never taken from what a browser sends.
import { asDocumentID, extractID, type IDLike } from './extractID'
import { plainFromRichText, richTextFromPlain } from './richText'

type Row = Record<string, string | number | null>

export type ReportForm = {
  title: string
  writtenIn: string
  totalAttendance: string | number | null
  screenings: { screening: string | number; attendance: string | number | null }[]
  audience: Row[]
  partners: Row[]
  guests: Row[]
  pressCoverage: Row[]
  quotes: Row[]
  outcomes: Row[]
  photos: (string | number)[]
  body: string
}

/** Which fields of each list's rows the form edits. */
export const formRows = {
  audience: ['segment', 'count'],
  partners: ['name', 'role'],
  guests: ['name', 'role'],
  pressCoverage: ['outlet', 'country', 'language', 'date', 'headline', 'link'],
  quotes: ['person', 'role', 'text', 'language'],
  outcomes: ['kind', 'description', 'counterpart', 'reach'],
} as const satisfies Record<string, readonly string[]>

const numberFields = new Set(['count', 'reach', 'attendance', 'totalAttendance'])

/** Empty means absent; a number typed as text becomes a number; anything else is left for validation to name. */
const clean = (name: string, value: unknown): unknown => {
  if (value === undefined || value === null) return null
  if (typeof value === 'string') {
    const text = value.trim()
    if (text === '') return null
    if (numberFields.has(name) && /^-?\d+(\.\d+)?$/.test(text)) return Number(text)
    return name === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T12:00:00.000Z` : value
  }
  return value
}

/**
 * A stored row keeps its id through the form: names and roles are written per language, and a
 * row saved in Russian must keep its Kazakh and English texts (a new row would have none). Only the
 * shape of Payload's row ids is taken; a new row has none.
 */
const rowID = (row: Row | undefined): { id?: string } =>
  typeof row?.id === 'string' && /^[\w-]{1,64}$/.test(row.id) ? { id: row.id } : {}

/**
 * What a report update takes from the form. Rows are kept as they are, empty ones too, so that an
 * error about `quotes.1.text` points at the second quote on screen.
 */
export const reportDataFromForm = (form: Partial<ReportForm>, idType = 'number'): Record<string, unknown> => {
  const data: Record<string, unknown> = {}
  if (form.title !== undefined) data.title = clean('title', form.title)
  if (form.writtenIn !== undefined) data.writtenIn = clean('writtenIn', form.writtenIn)
  if (form.totalAttendance !== undefined)
    data.totalAttendance = clean('totalAttendance', form.totalAttendance)
  if (Array.isArray(form.screenings))
    data.screenings = form.screenings
      .filter((row) => row && row.screening !== undefined && row.screening !== null && row.screening !== '')
      .map((row) => ({
        screening: asDocumentID(row.screening, idType),
        attendance: clean('attendance', row.attendance),
      }))
  for (const [list, fields] of Object.entries(formRows)) {
    const rows = form[list as keyof typeof formRows]
    if (!Array.isArray(rows)) continue
    data[list] = rows.map((row) => ({
      ...Object.fromEntries(fields.map((field) => [field, clean(field, (row as Row)?.[field])])),
      ...rowID(row as Row),
    }))
  }
  if (Array.isArray(form.photos))
    data.photos = form.photos.filter((id) => id !== null && id !== '').map((id) => asDocumentID(id, idType))
  if (form.body !== undefined) data.body = form.body.trim() ? richTextFromPlain(form.body) : null
  return data
}

type StoredReport = Record<string, unknown> & {
  screenings?: { screening?: IDLike; attendance?: number | null }[] | null
}

const asText = (value: unknown) => (value === null || value === undefined ? '' : String(value))

/** The form filled from a stored report (read in the language being written). */
export const formFromReport = (report: StoredReport): ReportForm => {
  const rows = (list: keyof typeof formRows) =>
    ((report[list] as Record<string, unknown>[] | null) ?? []).map((row) => ({
      ...Object.fromEntries(
        formRows[list].map((field) => [
          field,
          field === 'date' ? asText(row[field]).slice(0, 10) : asText(row[field]),
        ]),
      ),
      ...rowID(row as Row),
    }))
  // A total the system added up from the screenings and groups is shown empty, so it keeps adding up.
  const screened = (report.screenings ?? []).reduce((sum, row) => sum + (row.attendance ?? 0), 0)
  const grouped = ((report.audience as { count?: number | null }[] | null) ?? []).reduce(
    (sum, row) => sum + (row.count ?? 0),
    0,
  )
  const derived = report.totalAttendance === Math.max(screened, grouped)
  return {
    title: asText(report.title),
    writtenIn: asText(report.writtenIn),
    totalAttendance: derived ? '' : asText(report.totalAttendance),
    screenings: (report.screenings ?? []).map((row) => ({
      screening: extractID(row.screening) ?? '',
      attendance: asText(row.attendance),
    })),
    audience: rows('audience'),
    partners: rows('partners'),
    guests: rows('guests'),
    pressCoverage: rows('pressCoverage'),
    quotes: rows('quotes'),
    outcomes: rows('outcomes'),
    photos: ((report.photos as IDLike[] | null) ?? [])
      .map((photo) => extractID(photo)!)
      .filter((id) => id !== undefined),
    body: plainFromRichText(report.body),
  }
}
