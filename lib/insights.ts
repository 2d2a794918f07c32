// What the ministry's film diplomacy achieved, counted from reports: plain functions, no Payload.
// The records come from queries/insights.ts; everything here is arithmetic a test can redo by hand.
import { isMinistryReport, reporterName, type ReporterKind } from './reporter'

/** Only these statuses count: a report the ministry has checked. Drafts, submissions and reports
 * sent back are the embassy's word alone. */
export const countedStatuses = ['approved', 'published'] as const

/** An event whose organising embassy has sent no report this many days after it ended is overdue. */
export const overdueAfterDays = 30

export type ID = number | string

export type InsightEvent = {
  id: ID
  title: string
  type: string
  country: string
  city: string
  startsOn: string
  endsOn?: string | null
  organisingEmbassy?: ID | null
}
export type InsightScreening = {
  id: ID
  event: ID
  film: ID
  startsAt: string
  status: string
  city?: string | null
}
export type PressItem = {
  outlet?: string | null
  country?: string | null
  language?: string | null
  date?: string | null
  headline?: string | null
  link?: string | null
}
export type OutcomeItem = {
  kind?: string | null
  description?: string | null
  counterpart?: string | null
  reach?: number | null
}
export type QuoteItem = { person?: string | null; role?: string | null; text?: string | null }
export type InsightReport = {
  id: ID
  title: string
  slug?: string | null
  status: string
  /** Who reported: an embassy (the default), or the ministry itself, in its name or a delegation's. */
  reportedBy?: string | null
  embassy?: ID | null
  delegation?: string | null
  event: ID
  screenings: { screening: ID; attendance?: number | null }[]
  pressCoverage: PressItem[]
  outcomes: OutcomeItem[]
  quotes: QuoteItem[]
  photos: ID[]
  publishedAt?: string | null
}
export type InsightRecords = {
  reports: InsightReport[]
  events: Map<string, InsightEvent>
  screenings: Map<string, InsightScreening>
  films: Map<string, { id: ID; title: string }>
  embassies: Map<string, { id: ID; name: string; country?: string | null }>
  /** The ministry's name in the reader's language, for the reports it wrote itself. */
  ministry?: string
}

export type InsightFilters = {
  /** First day of the period, YYYY-MM-DD: events that end on or after it. */
  from?: string
  /** Last day of the period, YYYY-MM-DD: events that start on or before it. */
  to?: string
  country?: string
  embassy?: string
  eventType?: string
  film?: string
}

const key = (id: ID | null | undefined) => (id === null || id === undefined ? '' : String(id))
const day = (date: string | null | undefined) => (date ? date.slice(0, 10) : '')
const count = <T>(list: T[], pick: (item: T) => string) => new Set(list.map(pick).filter(Boolean)).size

/**
 * Who a report counts under where figures go by reporter: its embassy, or the ministry, or each
 * delegation by its name. The ministry's own reports are never dropped for having no embassy.
 */
export const reporterOf = (
  records: Pick<InsightRecords, 'embassies' | 'ministry'>,
  report: InsightReport,
): { key: string; kind: ReporterKind; name: string } => {
  if (!isMinistryReport(report)) {
    const id = key(report.embassy)
    return { key: id, kind: 'embassy', name: records.embassies.get(id)?.name ?? '' }
  }
  const name = reporterName(report, records.ministry ?? '')
  return report.reportedBy === 'delegation' && report.delegation?.trim()
    ? { key: `delegation:${name}`, kind: 'delegation', name }
    : { key: 'ministry', kind: 'ministry', name }
}

export type ScreeningRow = {
  report: InsightReport
  screening: InsightScreening
  event: InsightEvent
  film: string
  /** Who reported it, by name: the embassy, the ministry or the delegation. */
  embassy: string
  attendance: number
}

/** Whether an event lies in the filters' period, country and type. */
const eventMatches = (event: InsightEvent, filters: InsightFilters) =>
  (!filters.country || event.country === filters.country) &&
  (!filters.eventType || event.type === filters.eventType) &&
  (!filters.from || day(event.endsOn ?? event.startsOn) >= filters.from) &&
  (!filters.to || day(event.startsOn) <= filters.to)

/**
 * The counted reports and their screenings under the filters. A film filter keeps only that film's
 * screenings, and a report none of whose screenings showed it drops out with its press and outcomes.
 */
export const selectCounted = (records: InsightRecords, filters: InsightFilters) => {
  const reports: InsightReport[] = []
  const rows: ScreeningRow[] = []
  for (const report of records.reports) {
    if (!(countedStatuses as readonly string[]).includes(report.status)) continue
    if (filters.embassy && key(report.embassy) !== filters.embassy) continue
    const event = records.events.get(key(report.event))
    if (!event || !eventMatches(event, filters)) continue
    const own: ScreeningRow[] = []
    for (const row of report.screenings) {
      const screening = records.screenings.get(key(row.screening))
      if (!screening) continue
      if (filters.film && key(screening.film) !== filters.film) continue
      own.push({
        report,
        screening,
        event,
        film: records.films.get(key(screening.film))?.title ?? '',
        embassy: reporterOf(records, report).name,
        attendance: row.attendance ?? 0,
      })
    }
    if (filters.film && own.length === 0) continue
    reports.push(report)
    rows.push(...own)
  }
  return { reports, rows }
}

/**
 * Events organised by an embassy that ended long enough ago and have no report past the draft from
 * it, nor from the ministry itself (whose own report tells the event's story).
 */
export const overdueEvents = (records: InsightRecords, filters: InsightFilters, now: Date) => {
  const reported = new Set(
    records.reports
      .filter((report) => report.status !== 'draft')
      .map((report) => `${isMinistryReport(report) ? 'ministry' : key(report.embassy)}:${key(report.event)}`),
  )
  const cutoff = new Date(now.getTime() - overdueAfterDays * 86_400_000).toISOString().slice(0, 10)
  return [...records.events.values()]
    .filter((event) => event.organisingEmbassy !== null && event.organisingEmbassy !== undefined)
    .filter((event) => !filters.embassy || key(event.organisingEmbassy) === filters.embassy)
    .filter((event) => eventMatches(event, filters) && day(event.endsOn ?? event.startsOn) < cutoff)
    .filter((event) => !reported.has(`${key(event.organisingEmbassy)}:${key(event.id)}`))
    .filter((event) => !reported.has(`ministry:${key(event.id)}`))
    .map((event) => ({
      event,
      daysOverdue: Math.floor(
        (now.getTime() - Date.parse(`${day(event.endsOn ?? event.startsOn)}T00:00:00Z`)) / 86_400_000 -
          overdueAfterDays,
      ),
    }))
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)

const byOrganiser = (row: ScreeningRow) =>
  key(row.report.embassy) !== '' && key(row.report.embassy) === key(row.event.organisingEmbassy)

/**
 * One row per screening for the audience figures. An event may have its embassy's report and the
 * ministry's or a delegation's (issue 12), and both may cover the same screening, with the same
 * figure (hooks/recordScreeningAttendance refuses two that disagree): it is counted once, under the
 * organising embassy's report when it has one (it ran the screening), else the first. Each
 * reporter's own line (embassies by activity, the reports export) keeps what it reported.
 */
const oncePerScreening = (rows: ScreeningRow[]) => {
  const chosen = new Map<string, ScreeningRow>()
  for (const row of rows) {
    const id = key(row.screening.id)
    const held = chosen.get(id)
    if (!held || (!byOrganiser(held) && byOrganiser(row))) chosen.set(id, row)
  }
  return [...chosen.values()]
}

/** Every figure the insights view, the exports and the annual report show. */
export const computeInsights = (records: InsightRecords, filters: InsightFilters, now = new Date()) => {
  const { reports, rows: reported } = selectCounted(records, filters)
  const rows = oncePerScreening(reported)
  const events = [...new Map(reports.map((r) => [key(r.event), records.events.get(key(r.event))!])).values()]
  const attendance = sum(rows.map((row) => row.attendance))
  const press = reports.flatMap((report) =>
    report.pressCoverage.map((item) => ({ ...item, report, event: records.events.get(key(report.event))! })),
  )
  const outcomes = reports.flatMap((report) =>
    report.outcomes.map((item) => ({ ...item, report, event: records.events.get(key(report.event))! })),
  )

  const byCountry = new Map<
    string,
    { country: string; events: Set<string>; screenings: number; attendance: number }
  >()
  for (const event of events) {
    const entry = byCountry.get(event.country) ?? {
      country: event.country,
      events: new Set(),
      screenings: 0,
      attendance: 0,
    }
    entry.events.add(key(event.id))
    byCountry.set(event.country, entry)
  }
  for (const row of rows) {
    const entry = byCountry.get(row.event.country)!
    entry.screenings += 1
    entry.attendance += row.attendance
  }

  const byMonth = new Map<string, { month: string; screenings: number; attendance: number }>()
  for (const row of rows) {
    const month = row.screening.startsAt.slice(0, 7)
    const entry = byMonth.get(month) ?? { month, screenings: 0, attendance: 0 }
    entry.screenings += 1
    entry.attendance += row.attendance
    byMonth.set(month, entry)
  }

  const byFilm = new Map<
    string,
    { film: string; title: string; screenings: number; attendance: number; countries: Set<string> }
  >()
  for (const row of rows) {
    const id = key(row.screening.film)
    const entry = byFilm.get(id) ?? {
      film: id,
      title: row.film,
      screenings: 0,
      attendance: 0,
      countries: new Set(),
    }
    entry.screenings += 1
    entry.attendance += row.attendance
    entry.countries.add(row.event.country)
    byFilm.set(id, entry)
  }
  const films = [...byFilm.values()].map(({ countries, ...film }) => ({ ...film, countries: countries.size }))

  const overdue = overdueEvents(records, filters, now)
  // By reporter: each embassy, and the ministry and its delegations for the reports they wrote.
  const reporters = new Map<string, { kind: ReporterKind; name: string }>()
  for (const report of reports) {
    const { key: id, ...reporter } = reporterOf(records, report)
    if (id) reporters.set(id, reporter)
  }
  for (const { event } of overdue) {
    const id = key(event.organisingEmbassy)
    if (!reporters.has(id))
      reporters.set(id, { kind: 'embassy', name: records.embassies.get(id)?.name ?? '' })
  }
  const reporterKey = (report: InsightReport) => reporterOf(records, report).key
  const embassies = [...reporters]
    .map(([id, reporter]) => {
      const own = reported.filter((row) => reporterKey(row.report) === id)
      const late =
        reporter.kind === 'embassy' ? overdue.filter((o) => key(o.event.organisingEmbassy) === id) : []
      return {
        embassy: id,
        kind: reporter.kind,
        name: reporter.name,
        reports: reports.filter((r) => reporterKey(r) === id).length,
        screenings: own.length,
        attendance: sum(own.map((row) => row.attendance)),
        overdue: late.length,
        mostDaysOverdue: Math.max(0, ...late.map((o) => o.daysOverdue)),
      }
    })
    .sort((a, b) => b.reports - a.reports || b.attendance - a.attendance || a.name.localeCompare(b.name))

  return {
    headline: {
      events: events.length,
      screenings: count(rows, (row) => key(row.screening.id)),
      countries: count(events, (event) => event.country),
      attendance,
      attendancePerScreening: rows.length ? Math.round(attendance / rows.length) : 0,
      pressItems: press.length,
      agreements: outcomes.filter((outcome) => outcome.kind === 'agreement').length,
    },
    byCountry: [...byCountry.values()]
      .map(({ events: ids, ...entry }) => ({ ...entry, events: ids.size }))
      .sort((a, b) => b.attendance - a.attendance || a.country.localeCompare(b.country)),
    byMonth: [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month)),
    topFilmsByAudience: [...films].sort(
      (a, b) => b.attendance - a.attendance || a.title.localeCompare(b.title),
    ),
    topFilmsByCountries: [...films].sort((a, b) => b.countries - a.countries || b.attendance - a.attendance),
    embassies,
    overdue,
    press: press.sort((a, b) => day(b.date).localeCompare(day(a.date))),
    outcomes,
    reports,
    /** Who reported each counted report, by its ID: the embassy, the ministry or the delegation. */
    reporterNames: new Map(reports.map((report) => [String(report.id), reporterOf(records, report).name])),
    rows: rows.sort((a, b) => a.screening.startsAt.localeCompare(b.screening.startsAt)),
    /** Every counted report's own screenings, a screening two reports cover once for each. */
    reportedRows: reported,
    events: events.sort((a, b) => a.startsOn.localeCompare(b.startsOn)),
  }
}

export type Insights = ReturnType<typeof computeInsights>

/** Filters read from an address's query: anything malformed is left out rather than guessed at. */
export const filtersFrom = (params: URLSearchParams | Record<string, string | string[] | undefined>) => {
  const get = (name: string) => {
    const value = params instanceof URLSearchParams ? params.get(name) : params[name]
    const text = Array.isArray(value) ? value[0] : value
    return text?.trim() || undefined
  }
  const date = (value?: string) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined)
  const filters: InsightFilters = {
    from: date(get('from')),
    to: date(get('to')),
    country: get('country')
      ?.toUpperCase()
      .match(/^[A-Z]{2}$/)?.[0],
    embassy: get('embassy')?.match(/^[\w-]{1,64}$/)?.[0],
    eventType: get('eventType')?.match(/^[a-z_]{1,40}$/)?.[0],
    film: get('film')?.match(/^[\w-]{1,64}$/)?.[0],
  }
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as InsightFilters
}
