import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { computeInsights, type InsightFilters } from '../lib/insights'
import { exportTable, toCSV, toXLSX } from '../lib/insightsExport'
import { buildAnnualReport } from '../queries/annualReport'
import { readInsightRecords } from '../queries/insights'
import { context, startPayload } from './helpers/payload'

// A known data set in 2012, a year no other test file uses, so the period filter isolates it from
// whatever the rest of the suite left in the same database.
const year: InsightFilters = { from: '2012-01-01', to: '2012-12-31' }

let payload: Payload
const ids: Record<string, string> = {}

const create = async (collection: CollectionSlug, data: Record<string, unknown>) =>
  (await payload.create({ collection, data: data as never, context, overrideAccess: true, depth: 0 })) as {
    id: number | string
  }

beforeAll(async () => {
  payload = await startPayload()
  const france = await create('embassies', {
    name: 'Insights France',
    country: 'FR',
    city: 'Paris',
    timezone: 'Europe/Paris',
  })
  const germany = await create('embassies', {
    name: 'Insights Germany',
    country: 'DE',
    city: 'Berlin',
    timezone: 'Europe/Berlin',
  })
  const film = (title: string) =>
    create('films', {
      title,
      screeningRights: [
        {
          territories: ['worldwide'],
          validFrom: '2010-01-01T12:00:00.000Z',
          validTo: '2030-12-31T12:00:00.000Z',
          nonCommercialOnly: false,
        },
      ],
    })
  const steppe = await film('Insights Steppe')
  const river = await film('Insights River')
  const event = (
    title: string,
    embassy: { id: unknown },
    country: string,
    type: string,
    start: string,
    end: string,
  ) =>
    create('events', {
      title,
      type,
      startsOn: `${start}T12:00:00.000Z`,
      endsOn: `${end}T12:00:00.000Z`,
      timezone: 'Europe/Paris',
      country,
      city: country === 'FR' ? 'Paris' : 'Berlin',
      organisingEmbassy: embassy.id,
      films: [steppe.id, river.id],
      _status: 'published',
    })
  const screening = (ev: { id: unknown }, shown: { id: unknown }, at: string) =>
    create('screenings', {
      event: ev.id,
      film: shown.id,
      startsAt: `${at}T18:00:00.000Z`,
      venue: { name: 'Hall' },
    })
  const report = (
    title: string,
    embassy: { id: unknown },
    ev: { id: unknown },
    status: string,
    screenings: [{ id: unknown }, number][],
    extra: Record<string, unknown> = {},
  ) =>
    create('reports', {
      title,
      embassy: embassy.id,
      event: ev.id,
      status,
      statusComment: status === 'changes_requested' ? 'Add the venue' : undefined,
      screenings: screenings.map(([shown, attendance]) => ({ screening: shown.id, attendance })),
      ...extra,
    })
  const press = (outlet: string, date: string) => ({
    outlet,
    country: 'FR',
    language: 'fr',
    date: `${date}T12:00:00.000Z`,
    headline: `${outlet} on the films`,
  })
  const agreement = { kind: 'agreement', description: 'Memorandum on co-operation', counterpart: 'CNC' }

  // Counted: approved (Paris festival), published (Berlin film days), published (Paris, September).
  const paris = await event('Insights Paris festival', france, 'FR', 'festival', '2012-03-10', '2012-03-12')
  const berlin = await event('Insights Berlin days', germany, 'DE', 'film_days', '2012-05-01', '2012-05-03')
  const autumn = await event(
    'Insights Paris autumn',
    france,
    'FR',
    'embassy_screening',
    '2012-09-02',
    '2012-09-02',
  )
  const s1 = await screening(paris, steppe, '2012-03-10')
  const s2 = await screening(paris, river, '2012-03-11')
  const s3 = await screening(berlin, steppe, '2012-05-01')
  const s4 = await screening(autumn, river, '2012-09-02')
  await report(
    'Insights approved',
    france,
    paris,
    'approved',
    [
      [s1, 100],
      [s2, 50],
    ],
    {
      pressCoverage: [press('Le Monde', '2012-03-12'), press('Libération', '2012-03-13')],
      outcomes: [agreement, { kind: 'media_reach', reach: 50000 }],
    },
  )
  await report('Insights published Berlin', germany, berlin, 'published', [[s3, 70]], {
    pressCoverage: [press('Der Spiegel', '2012-05-02')],
    outcomes: [agreement],
  })
  await report('Insights published autumn', france, autumn, 'published', [[s4, 30]])

  // Left out: a draft, a submitted report and one sent back, each with big numbers, press and agreements.
  const noise = { pressCoverage: [press('Ignored', '2012-06-01')], outcomes: [agreement] }
  const drafted = await event('Insights drafted', france, 'FR', 'festival', '2012-06-01', '2012-06-02')
  const submitted = await event('Insights submitted', germany, 'DE', 'festival', '2012-07-01', '2012-07-02')
  const sentBack = await event('Insights sent back', france, 'FR', 'festival', '2012-08-01', '2012-08-02')
  await report(
    'Insights draft',
    france,
    drafted,
    'draft',
    [[await screening(drafted, steppe, '2012-06-01'), 999]],
    noise,
  )
  await report(
    'Insights submitted',
    germany,
    submitted,
    'submitted',
    [[await screening(submitted, steppe, '2012-07-01'), 888]],
    noise,
  )
  await report(
    'Insights changes',
    france,
    sentBack,
    'changes_requested',
    [[await screening(sentBack, steppe, '2012-08-01'), 777]],
    noise,
  )
  // No report at all: overdue for Germany.
  await event('Insights unreported', germany, 'DE', 'festival', '2012-02-01', '2012-02-02')

  Object.assign(ids, {
    france: String(france.id),
    germany: String(germany.id),
    steppe: String(steppe.id),
    river: String(river.id),
  })
})

afterAll(() => payload?.destroy())

const figures = async (filters: InsightFilters = {}) =>
  computeInsights(
    await readInsightRecords(payload, 'en'),
    { ...year, ...filters },
    new Date('2013-06-01T00:00:00Z'),
  )

describe('insights', () => {
  it('count only approved and published reports: 3 events, 4 screenings, 100+50+70+30 people', async () => {
    const { headline } = await figures()
    expect(headline).toEqual({
      events: 3,
      screenings: 4,
      countries: 2,
      attendance: 250,
      attendancePerScreening: Math.round(250 / 4),
      pressItems: 3,
      agreements: 2,
    })
  })

  it('a country filter keeps that country’s events only', async () => {
    const { headline, byCountry } = await figures({ country: 'FR' })
    expect(headline).toMatchObject({
      events: 2,
      screenings: 3,
      countries: 1,
      attendance: 180,
      pressItems: 2,
      agreements: 1,
    })
    expect(byCountry).toEqual([{ country: 'FR', events: 2, screenings: 3, attendance: 180 }])
  })

  it('a film filter keeps that film’s screenings and the reports that showed it', async () => {
    const { headline, reports } = await figures({ film: ids.steppe })
    expect(headline).toMatchObject({ events: 2, screenings: 2, attendance: 170, pressItems: 3 })
    expect(reports.map((report) => report.title).sort()).toEqual([
      'Insights approved',
      'Insights published Berlin',
    ])
  })

  it('the period, embassy and event type filters narrow the count', async () => {
    expect((await figures({ from: '2012-04-01', to: '2012-06-30' })).headline.attendance).toBe(70)
    expect((await figures({ embassy: ids.germany })).headline).toMatchObject({ events: 1, attendance: 70 })
    expect((await figures({ eventType: 'festival' })).headline).toMatchObject({ events: 1, attendance: 150 })
  })

  it('attendance per month, by country and top films add up by hand', async () => {
    const insights = await figures()
    expect(insights.byMonth).toEqual([
      { month: '2012-03', screenings: 2, attendance: 150 },
      { month: '2012-05', screenings: 1, attendance: 70 },
      { month: '2012-09', screenings: 1, attendance: 30 },
    ])
    expect(insights.byCountry.map((c) => [c.country, c.attendance])).toEqual([
      ['FR', 180],
      ['DE', 70],
    ])
    expect(insights.topFilmsByAudience.map((f) => [f.title, f.attendance, f.countries])).toEqual([
      ['Insights Steppe', 170, 2],
      ['Insights River', 80, 1],
    ])
  })

  it('the press and outcomes registers list every counted item with its report', async () => {
    const insights = await figures()
    expect(insights.press.map((p) => [p.outlet, p.report.title])).toEqual([
      ['Der Spiegel', 'Insights published Berlin'],
      ['Libération', 'Insights approved'],
      ['Le Monde', 'Insights approved'],
    ])
    expect(insights.outcomes.map((o) => o.kind).sort()).toEqual(['agreement', 'agreement', 'media_reach'])
  })

  it('embassies show their activity and their overdue events: unreported or only drafted', async () => {
    const { embassies, overdue } = await figures()
    expect(overdue.map((o) => o.event.title).sort()).toEqual(['Insights drafted', 'Insights unreported'])
    const byName = Object.fromEntries(embassies.map((e) => [e.name, e]))
    expect(byName['Insights France']).toMatchObject({
      reports: 2,
      screenings: 3,
      attendance: 180,
      overdue: 1,
    })
    expect(byName['Insights Germany']).toMatchObject({
      reports: 1,
      screenings: 1,
      attendance: 70,
      overdue: 1,
    })
  })
})

/** The PDF's text, every line break and run of spaces as one space, as a search in a reader sees it. */
const pdfText = async (pdf: Buffer) => {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise
  const pages: string[] = []
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent()
    pages.push(
      content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''),
    )
  }
  return pages.join('\n').replace(/\s+/g, ' ')
}

describe('exports', () => {
  it('the screenings export has one row per counted screening, with headers in the admin language', async () => {
    const table = exportTable(await figures(), 'screenings', 'ru')
    expect(table.headers).toEqual([
      'Дата',
      'Страна',
      'Город',
      'Мероприятие',
      'Фильм',
      'Посольство',
      'Статус',
      'Число зрителей',
    ])
    expect(table.rows.map((row) => row[7])).toEqual([100, 50, 70, 30])
    expect(table.rows[0]).toEqual([
      '2012-03-10',
      'Франция',
      'Paris',
      'Insights Paris festival',
      'Insights Steppe',
      'Insights France',
      'Одобрен',
      100,
    ])
  })

  it('the reports and press exports list the counted reports and every press item', async () => {
    const insights = await figures()
    expect(exportTable(insights, 'reports', 'en').rows.map((row) => row[0])).toEqual([
      'Insights approved',
      'Insights published Berlin',
      'Insights published autumn',
    ])
    expect(exportTable(insights, 'press', 'kk').headers[1]).toBe('Басылым')
    expect(exportTable(insights, 'press', 'kk').rows.map((row) => row[1])).toEqual([
      'Der Spiegel',
      'Libération',
      'Le Monde',
    ])
  })

  it('CSV cells that begin with = + - @, a tab or a return cannot run as formulas', () => {
    const csv = toCSV({
      headers: ['Outlet', 'Attendance'],
      rows: [
        ['=HYPERLINK("x")', 1],
        ['+1', 2],
        ['-1', 3],
        ['@SUM(A1)', 4],
        ['\tTab', 5],
        ['Plain, "quoted"', -6],
      ],
    })
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
    expect(lines).toEqual([
      'Outlet,Attendance',
      `"'=HYPERLINK(""x"")",1`,
      "'+1,2",
      "'-1,3",
      "'@SUM(A1),4",
      "'\tTab,5",
      '"Plain, ""quoted""",-6',
    ])
  })

  it('the XLSX export reads back with the same library: headers, rows and numbers', async () => {
    const table = exportTable(await figures(), 'screenings', 'kk')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await toXLSX(table, 'Көрсетілімдер')) as never)
    const sheet = workbook.worksheets[0]
    expect(sheet.name).toBe('Көрсетілімдер')
    expect(sheet.getRow(1).values).toEqual([undefined, ...table.headers])
    expect(sheet.rowCount).toBe(5)
    expect([2, 3, 4, 5].map((row) => sheet.getRow(row).getCell(8).value)).toEqual([100, 50, 70, 30])
  })
})

describe('annual report', () => {
  it('is a PDF whose Kazakh and Russian headings can be read back', async () => {
    const kk = await pdfText(await buildAnnualReport(payload, { year: 2012, locale: 'kk' }))
    expect(kk).toContain('Кинодипломатия: 2012 жылғы жылдық есеп')
    expect(kk).toContain('Жыл сандармен')
    expect(kk).toContain('Елдер бойынша көрермендер саны')
    const ru = await pdfText(await buildAnnualReport(payload, { year: 2012, locale: 'ru' }))
    expect(ru).toContain('Кинодипломатия: годовой отчёт за 2012 год')
    expect(ru).toContain('Год в цифрах')
    expect(ru).toContain('Insights Paris festival')
  })

  it('for one embassy holds that embassy’s events only', async () => {
    const text = await pdfText(
      await buildAnnualReport(payload, { year: 2012, locale: 'en', embassy: ids.germany }),
    )
    expect(text).toContain('Insights Germany')
    expect(text).toContain('Insights Berlin days')
    expect(text).not.toContain('Insights Paris festival')
  })
})
