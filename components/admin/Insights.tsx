import type { AdminViewServerProps } from 'payload'
import { isMinistry } from '@/access/roles'
import { AdminPage } from './AdminPage'
import { countryName } from '@/lib/countries'
import { computeInsights, filtersFrom } from '@/lib/insights'
import { fill, insightsWords } from '@/lib/insightsText'
import { intlLocale, isLocale, locales, type Locale } from '@/lib/locales'
import { reportStatusLabels, type ReportStatus } from '@/lib/reportWorkflow'
import { eventTypes, outcomeKinds } from '@/lib/vocabulary'
import { readInsightRecords } from '@/queries/insights'
import { AttendanceMap, HorizontalBars, MonthlyBars } from './InsightsCharts'

// The registers show this many rows; the export has them all.
const registerRows = 200

const section = { marginBottom: 'calc(var(--base) * 2)' }
const figureStyle = {
  border: '1px solid var(--theme-elevation-150)',
  padding: 'calc(var(--base) * 0.75)',
  minWidth: 150,
  flex: '1 1 150px',
}

function Table({ head, rows, caption }: { head: string[]; rows: React.ReactNode[][]; caption: string }) {
  return (
    <div className="table" style={{ overflowX: 'auto' }}>
      <table cellPadding={0} cellSpacing={0}>
        <caption style={{ textAlign: 'start', fontWeight: 600, paddingBottom: 8 }}>{caption}</caption>
        <thead>
          <tr>
            {head.map((cell) => (
              <th key={cell} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, column) => (
                <td key={column}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/**
 * /admin/insights: what the film diplomacy achieved under the filters, for ministry staff, in the
 * admin's language. Filters are a plain GET form, so every view has an address to share.
 */
export async function Insights({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const language: Locale = isLocale(req.i18n.language) ? req.i18n.language : 'en'
  const w = insightsWords[language]
  const template = (children: React.ReactNode) => (
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams}>
      {children}
    </AdminPage>
  )
  if (!isMinistry(req.user)) return template(<p>{w.onlyMinistry}</p>)

  const query = Object.fromEntries(
    Object.entries(searchParams ?? {}).map(([name, value]) => [
      name,
      Array.isArray(value) ? value[0] : value,
    ]),
  ) as Record<string, string | undefined>
  const filters = filtersFrom(query)
  const records = await readInsightRecords(req.payload, language)
  const insights = computeInsights(records, filters)
  const number = new Intl.NumberFormat(intlLocale(language))
  const date = (value?: string | null) =>
    value
      ? new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(
          new Date(value),
        )
      : ''
  const country = (code?: string | null) => (code ? countryName(code, intlLocale(language)) : '')
  const kindLabel = (kind?: string | null) =>
    outcomeKinds.find((item) => item.value === kind)?.label[language] ?? kind ?? ''
  const reportLink = (report: { id: number | string; title: string }) => (
    <a href={`/admin/collections/reports/${report.id}`}>{report.title}</a>
  )
  const exportQuery = new URLSearchParams(filters as Record<string, string>)
  const exportHref = (format: string, data: string) =>
    `/admin/insights/export?${new URLSearchParams({ ...Object.fromEntries(exportQuery), format, data })}`

  // The pickers offer what the counted reports hold, not 5,000 films or every country on earth.
  const counted = computeInsights(records, {})
  const countryCodes = [...new Set(counted.events.map((event) => event.country))].sort((a, b) =>
    country(a).localeCompare(country(b), language),
  )
  const filmOptions = counted.topFilmsByAudience
    .map((film) => ({ value: film.film, label: film.title }))
    .sort((a, b) => a.label.localeCompare(b.label, language))
  const embassyOptions = [...records.embassies.values()].sort((a, b) =>
    a.name.localeCompare(b.name, language),
  )
  const thisYear = new Date().getUTCFullYear()
  const cut = (total: number) =>
    total > registerRows ? (
      <p>{fill(w.registerCut, { shown: number.format(registerRows), total: number.format(total) })}</p>
    ) : null

  // The label stands beside its select (htmlFor), not around it: a wrapping label's name would take
  // in the chosen option's text ("Country All").
  const select = (name: string, label: string, options: { value: string; label: string }[]) => (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
      <label htmlFor={`insights-${name}`}>{label}</label>
      <select
        id={`insights-${name}`}
        name={name}
        defaultValue={(filters as Record<string, string | undefined>)[name] ?? ''}
      >
        <option value="">{w.all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
  const { headline } = insights
  const figures: [string, number][] = [
    [w.events, headline.events],
    [w.screenings, headline.screenings],
    [w.countries, headline.countries],
    [w.attendance, headline.attendance],
    [w.attendancePerScreening, headline.attendancePerScreening],
    [w.pressItems, headline.pressItems],
    [w.agreements, headline.agreements],
  ]

  return template(
    <div className="insights">
      <h1 style={{ margin: 'calc(var(--base) * 1.5) 0 calc(var(--base) * 0.5)' }}>{w.insights}</h1>
      <p style={{ maxWidth: '70ch', marginBottom: 'calc(var(--base) * 1.5)' }} data-testid="counted-only">
        {w.countedOnly}
      </p>

      <form method="get" action="/admin/insights" aria-label={w.filters} style={section}>
        <fieldset
          style={{
            display: 'flex',
            flexWrap: 'wrap',
            gap: 12,
            alignItems: 'flex-end',
            border: 0,
            padding: 0,
          }}
        >
          <legend style={{ fontWeight: 600, marginBottom: 8 }}>{w.filters}</legend>
          <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            {w.from}
            <input type="date" name="from" defaultValue={filters.from ?? ''} />
          </label>
          <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            {w.to}
            <input type="date" name="to" defaultValue={filters.to ?? ''} />
          </label>
          {select(
            'country',
            w.country,
            countryCodes.map((code) => ({ value: code, label: country(code) })),
          )}
          {select(
            'embassy',
            w.embassy,
            embassyOptions.map((e) => ({ value: String(e.id), label: e.name })),
          )}
          {select(
            'eventType',
            w.eventType,
            eventTypes.map((t) => ({ value: t.value, label: t.label[language] })),
          )}
          {select('film', w.film, filmOptions)}
          <button type="submit" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }}>
            {w.apply}
          </button>
          <a href="/admin/insights">{w.reset}</a>
        </fieldset>
      </form>

      <section aria-labelledby="insights-figures" style={section}>
        <h2 id="insights-figures" className="sr-only" style={{ position: 'absolute', left: -9999 }}>
          {w.headlineFigures}
        </h2>
        <dl style={{ display: 'flex', flexWrap: 'wrap', gap: 12, margin: 0 }}>
          {figures.map(([label, value]) => (
            <div key={label} style={figureStyle} data-figure={label}>
              <dt style={{ fontSize: 13 }}>{label}</dt>
              <dd style={{ fontSize: 28, fontWeight: 700, margin: 0 }}>{number.format(value)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="insights-exports" style={section}>
        <h2 id="insights-exports">{w.exports}</h2>
        <ul style={{ display: 'flex', flexWrap: 'wrap', gap: 16, listStyle: 'none', padding: 0 }}>
          {(
            [
              ['screenings', w.exportScreenings],
              ['reports', w.exportReports],
              ['press', w.exportPress],
            ] as const
          ).map(([data, label]) => (
            <li key={data}>
              {label}: <a href={exportHref('csv', data)}>CSV</a> · <a href={exportHref('xlsx', data)}>XLSX</a>
            </li>
          ))}
        </ul>
        <form
          method="get"
          action="/admin/insights/report"
          style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end' }}
        >
          <strong style={{ alignSelf: 'center' }}>{w.annualReport}</strong>
          <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            {w.year}
            <input
              type="number"
              name="year"
              min={2000}
              max={thisYear}
              defaultValue={thisYear}
              style={{ width: 90 }}
            />
          </label>
          <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            {w.reportLanguage}
            <select name="locale" defaultValue={language}>
              {locales.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          </label>
          {filters.embassy && <input type="hidden" name="embassy" value={filters.embassy} />}
          <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
            {w.download}
          </button>
        </form>
      </section>

      {insights.reports.length === 0 ? (
        <p>{w.nothing}</p>
      ) : (
        <>
          <section aria-labelledby="insights-map" style={section}>
            <h2 id="insights-map">{w.mapHeading}</h2>
            <AttendanceMap
              label={w.mapDescription}
              attendanceByCountry={Object.fromEntries(
                insights.byCountry.map((c) => [c.country, c.attendance]),
              )}
            />
            <Table
              caption={w.mapHeading}
              head={[w.country, w.events, w.screenings, w.attendance]}
              rows={insights.byCountry.map((c) => [
                country(c.country),
                number.format(c.events),
                number.format(c.screenings),
                number.format(c.attendance),
              ])}
            />
          </section>

          <section aria-labelledby="insights-time" style={section}>
            <h2 id="insights-time">{w.overTime}</h2>
            <MonthlyBars months={insights.byMonth} locale={intlLocale(language)} />
            <Table
              caption={w.overTime}
              head={[w.month, w.screenings, w.attendance]}
              rows={insights.byMonth.map((m) => [
                m.month,
                number.format(m.screenings),
                number.format(m.attendance),
              ])}
            />
          </section>

          <section aria-labelledby="insights-films" style={section}>
            <h2 id="insights-films">{w.topFilmsAudience}</h2>
            <HorizontalBars
              rows={insights.topFilmsByAudience
                .slice(0, 10)
                .map((f) => ({ label: f.title, value: f.attendance }))}
            />
            <Table
              caption={w.topFilmsAudience}
              head={[w.film, w.attendance, w.screenings, w.countries]}
              rows={insights.topFilmsByAudience
                .slice(0, 10)
                .map((f) => [
                  f.title,
                  number.format(f.attendance),
                  number.format(f.screenings),
                  number.format(f.countries),
                ])}
            />
            <h2 id="insights-reach">{w.topFilmsCountries}</h2>
            <HorizontalBars
              rows={insights.topFilmsByCountries
                .slice(0, 10)
                .map((f) => ({ label: f.title, value: f.countries }))}
            />
            <Table
              caption={w.topFilmsCountries}
              head={[w.film, w.countries, w.attendance]}
              rows={insights.topFilmsByCountries
                .slice(0, 10)
                .map((f) => [f.title, number.format(f.countries), number.format(f.attendance)])}
            />
          </section>
        </>
      )}

      <section aria-labelledby="insights-embassies" style={section}>
        <h2 id="insights-embassies">{w.embassies}</h2>
        <Table
          caption={w.embassies}
          head={[w.embassy, w.reports, w.screenings, w.attendance, w.overdue, w.mostDaysOverdue]}
          rows={insights.embassies.map((e) => [
            // The ministry and its delegations are no embassy to open.
            e.kind === 'embassy' ? (
              <a key="e" href={`/admin/collections/embassies/${e.embassy}`}>
                {e.name}
              </a>
            ) : (
              e.name
            ),
            number.format(e.reports),
            number.format(e.screenings),
            number.format(e.attendance),
            e.overdue ? <strong key="o">{number.format(e.overdue)}</strong> : '0',
            e.overdue ? number.format(e.mostDaysOverdue) : '',
          ])}
        />
      </section>

      <section aria-labelledby="insights-press" style={section}>
        <h2 id="insights-press">
          {w.pressRegister} ({number.format(insights.press.length)})
        </h2>
        <Table
          caption={w.pressRegister}
          head={[w.date, w.outlet, w.headline, w.country, w.language, w.report]}
          rows={insights.press.slice(0, registerRows).map((p) => [
            date(p.date),
            p.link ? (
              <a key="l" href={p.link} rel="noopener noreferrer" target="_blank">
                {p.outlet}
              </a>
            ) : (
              (p.outlet ?? '')
            ),
            p.headline ?? '',
            country(p.country),
            p.language ?? '',
            reportLink(p.report),
          ])}
        />
        {cut(insights.press.length)}
      </section>

      <section aria-labelledby="insights-outcomes" style={section}>
        <h2 id="insights-outcomes">
          {w.outcomesRegister} ({number.format(insights.outcomes.length)})
        </h2>
        <Table
          caption={w.outcomesRegister}
          head={[w.kind, w.description, w.counterpart, w.reach, w.event, w.report, w.status]}
          rows={insights.outcomes
            .slice(0, registerRows)
            .map((o) => [
              kindLabel(o.kind),
              o.description ?? '',
              o.counterpart ?? '',
              o.reach ? number.format(o.reach) : '',
              o.event?.title ?? '',
              reportLink(o.report),
              reportStatusLabels[o.report.status as ReportStatus]?.[language] ?? o.report.status,
            ])}
        />
        {cut(insights.outcomes.length)}
      </section>
    </div>,
  )
}
