import type { Payload, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ruleWords, type RuleKey } from '../i18n/admin/ruleWords'
import { i18nIn } from '../i18n/ruleMessage'
import { computeInsights } from '../lib/insights'
import { exportTable } from '../lib/insightsExport'
import type { Locale } from '../lib/locales'
import { readInsightRecords } from '../queries/insights'
import { queryReportsOfEvent } from '../queries/reports'
import { context, rejection, startPayload } from './helpers/payload'
import { buildWorld, type World } from './helpers/world'

// Festival reports (issue 12): the ministry reports on an event itself, in its own name or a
// delegation's, and a second editor approves what it wrote.
let payload: Payload
let world: World
type Doc = Record<string, any> & { id: any }
let secondEditor: Doc

const delegation = 'Festival delegation to Cannes'
const said = (language: Locale, key: RuleKey, values: Record<string, string> = {}) =>
  ruleWords[language][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name])

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload, 'festival')
  secondEditor = {
    ...(await payload.create({
      collection: 'users',
      overrideAccess: true,
      context,
      data: {
        email: 'second-editor-festival@test.example',
        password: world.password,
        name: 'Second editor',
        role: 'editor',
        language: 'ru',
      } as any,
    })),
    collection: 'users',
  }
})
afterAll(() => payload.destroy())

type Who = 'editor' | 'embassyA' | 'secondEditor'
const userOf = (who: Who) => (who === 'secondEditor' ? secondEditor : world.users[who])
const as = (who: Who) => ({ user: userOf(who), overrideAccess: false, context, depth: 0 }) as const

let festivals = 0
/** A festival in the past that no embassy organises, with one screening held there. */
const festival = async () => {
  festivals += 1
  const event = await payload.create({
    collection: 'events',
    overrideAccess: true,
    context,
    depth: 0,
    data: {
      title: `Festival ${festivals} festival`,
      type: 'festival',
      startsOn: '2025-05-13T12:00:00.000Z',
      endsOn: '2025-05-24T12:00:00.000Z',
      timezone: 'Europe/Paris',
      country: 'FR',
      city: 'Cannes',
      films: [world.film.id],
      _status: 'published',
    } as any,
  })
  const screening = await payload.create({
    collection: 'screenings',
    overrideAccess: true,
    context,
    depth: 0,
    data: {
      event: event.id,
      film: world.film.id,
      startsAt: '2025-05-15T17:00:00.000Z',
      venue: { name: 'Pavilion' },
    } as any,
  })
  return { event, screening }
}

/** The delegation's report on a fresh festival, written by the editor. */
const delegationReport = async (title: string) => {
  const { event, screening } = await festival()
  return (await payload.create({
    collection: 'reports',
    ...as('editor'),
    data: {
      title,
      reportedBy: 'delegation',
      delegation,
      event: event.id,
      screenings: [{ screening: screening.id, attendance: 120 }],
    } as any,
  })) as Doc
}

const move = (id: number | string, who: Who, status: string, req?: Partial<PayloadRequest>) =>
  payload.update({ collection: 'reports', id, ...as(who), ...(req ? { req } : {}), data: { status } as any })

describe('a festival report written by the ministry', () => {
  it('ministry staff write a delegation’s report on an event no embassy organises', async () => {
    const report = await delegationReport('Delegation at the festival')
    expect(report).toMatchObject({ reportedBy: 'delegation', delegation, status: 'draft' })
    expect(report.embassy ?? null).toBeNull()
  })

  it('a delegation’s report names its delegation', async () => {
    const { event } = await festival()
    const error = await rejection(
      payload.create({
        collection: 'reports',
        ...as('editor'),
        data: { title: 'Nameless delegation', reportedBy: 'delegation', event: event.id } as any,
      }),
    )
    expect(error.paths).toEqual(['delegation'])
    expect(error.messages).toEqual([said('en', 'reportNeedsDelegation')])
  })

  it('an embassy’s report still names its embassy', async () => {
    const { event } = await world.stage(world.embassyA)
    const error = await rejection(
      payload.create({
        collection: 'reports',
        ...as('editor'),
        data: { title: 'Whose report?', reportedBy: 'embassy', event: event.id } as any,
      }),
    )
    expect(error.paths).toEqual(['embassy'])
    expect(error.messages).toEqual([said('en', 'reportNeedsEmbassy')])
  })

  it('the ministry’s report carries no embassy, whatever the request sends', async () => {
    const { event } = await festival()
    const report = await payload.create({
      collection: 'reports',
      ...as('editor'),
      data: {
        title: 'Ministry at the festival',
        reportedBy: 'ministry',
        embassy: world.embassyA.id,
        event: event.id,
      } as any,
    })
    expect(report.reportedBy).toBe('ministry')
    expect(report.embassy ?? null).toBeNull()
  })

  it('one report of the ministry’s per event', async () => {
    const { event } = await festival()
    const first = await payload.create({
      collection: 'reports',
      ...as('editor'),
      data: { title: 'First ministry report', reportedBy: 'ministry', event: event.id } as any,
    })
    const error = await rejection(
      payload.create({
        collection: 'reports',
        ...as('secondEditor'),
        data: {
          title: 'Second ministry report',
          reportedBy: 'delegation',
          delegation,
          event: event.id,
        } as any,
      }),
    )
    expect(error.paths).toEqual(['event'])
    expect(error.messages[0]).toBe(
      said('en', 'alreadyReportedByMinistry', {
        title: 'First ministry report',
        link: `/admin/collections/reports/${first.id}`,
      }),
    )
  })
})

describe('embassy staff and the ministry’s reports', () => {
  it('embassy staff cannot make their report the ministry’s or a delegation’s', async () => {
    const { event } = await world.stage(world.embassyA)
    const report = await payload.create({
      collection: 'reports',
      ...as('embassyA'),
      data: {
        title: 'Trying to be the ministry',
        reportedBy: 'delegation',
        delegation: 'Not us',
        embassy: world.embassyB.id,
        event: event.id,
      } as any,
    })
    expect(report.reportedBy).toBe('embassy')
    expect(report.delegation ?? null).toBeNull()
    expect(String(report.embassy)).toBe(String(world.embassyA.id))
  })

  it('embassy staff cannot read the ministry’s unpublished report', async () => {
    const report = await delegationReport('Unpublished delegation report')
    const error = await rejection(
      payload.findByID({ collection: 'reports', id: report.id, ...as('embassyA') }),
    )
    expect(error.status).toBe(404)
    const listed = await payload.find({
      collection: 'reports',
      ...as('embassyA'),
      where: { id: { equals: report.id } },
    })
    expect(listed.docs).toHaveLength(0)
  })

  it('embassy staff cannot edit the ministry’s report', async () => {
    const report = await delegationReport('Not theirs to edit')
    const error = await rejection(
      payload.update({
        collection: 'reports',
        id: report.id,
        ...as('embassyA'),
        data: { totalAttendance: 1 },
      }),
    )
    expect(error.status).toBe(403)
  })
})

describe('a second editor approves what the ministry wrote', () => {
  let report: Doc

  beforeAll(async () => {
    report = await delegationReport('Delegation report for review')
    await move(report.id, 'editor', 'submitted')
  })

  it('the editor who sent it for review cannot approve it, and is told why in his language', async () => {
    const i18n = await i18nIn(payload, 'ru')
    const error = await rejection(move(report.id, 'editor', 'approved', { i18n, t: i18n.t }))
    expect(error.paths).toEqual(['status'])
    expect(error.messages).toEqual([said('ru', 'reportMoveNeedsSecondEditor')])
  })

  it('a second editor approves it, and then it is published', async () => {
    expect((await move(report.id, 'secondEditor', 'approved')).status).toBe('approved')
    const published = await move(report.id, 'editor', 'published')
    expect(published.status).toBe('published')
    expect(published.publishedAt).toBeTruthy()
  })

  it('embassy staff read it once published, like the public', async () => {
    const read = await payload.findByID({ collection: 'reports', id: report.id, ...as('embassyA') })
    expect(read).toMatchObject({ reportedBy: 'delegation', delegation })
    const publicly = await payload.findByID({
      collection: 'reports',
      id: report.id,
      overrideAccess: false,
      depth: 0,
    })
    expect(publicly.title).toBe('Delegation report for review')
  })

  it('counts in the figures under the delegation, and in no embassy’s', async () => {
    const records = await readInsightRecords(payload, 'en')
    const period = { from: '2025-05-01', to: '2025-05-31' }
    const insights = computeInsights(records, period)
    expect(insights.headline.attendance).toBe(120)
    expect(insights.headline.screenings).toBe(1)
    expect(insights.embassies).toEqual([
      expect.objectContaining({ kind: 'delegation', name: delegation, reports: 1, attendance: 120 }),
    ])
    const reports = exportTable(insights, 'reports', 'en')
    const embassyColumn = reports.headers.indexOf('Embassy')
    expect(reports.rows.map((row) => row[embassyColumn])).toEqual([delegation])
    // An embassy's own year ("Our year") leaves it out.
    const embassyYear = computeInsights(records, { ...period, embassy: String(world.embassyA.id) })
    expect(embassyYear.reports).toHaveLength(0)
  })
})

describe('an event reported on by its embassy and by the ministry', () => {
  it('its public page links every published report of the event, and no draft', async () => {
    const event = world.events.publishedA
    const embassyReport = world.reportsA.published
    const ministry = (await payload.create({
      collection: 'reports',
      overrideAccess: true,
      context,
      depth: 0,
      data: { title: 'The ministry on Published A', reportedBy: 'ministry', event: event.id } as any,
    })) as Doc
    const shown = async () =>
      (await queryReportsOfEvent.uncached('en', event.id)).map((report) => [report.title, report.reportedBy])
    expect(await shown()).toEqual([[embassyReport.title, 'embassy']])

    await payload.update({
      collection: 'reports',
      id: ministry.id,
      overrideAccess: true,
      context,
      data: {
        status: 'published',
        screenings: [{ screening: world.screenings.publishedA.id, attendance: 40 }],
      } as any,
    })
    expect(await shown()).toEqual([
      [embassyReport.title, 'embassy'],
      ['The ministry on Published A', 'ministry'],
    ])

    // Both cover the same screening (with the same figure: hooks/recordScreeningAttendance refuses two
    // that disagree): the figures count it once, and each reporter's own line keeps what it reported.
    const insights = computeInsights(await readInsightRecords(payload, 'en'), {})
    const screening = String(world.screenings.publishedA.id)
    const counted = insights.rows.filter((row) => String(row.screening.id) === screening)
    expect(counted.map((row) => [row.report.id, row.attendance])).toEqual([[embassyReport.id, 40]])
    expect(insights.headline.attendance).toBe(insights.rows.reduce((total, row) => total + row.attendance, 0))
    expect(insights.embassies.find((line) => line.kind === 'ministry')).toMatchObject({
      reports: 1,
      attendance: 40,
    })
    const perReport = exportTable(insights, 'reports', 'en')
    const title = perReport.headers.indexOf('Report')
    const attendance = perReport.headers.indexOf('Attendance')
    expect(perReport.rows.find((row) => row[title] === 'The ministry on Published A')?.[attendance]).toBe(40)
  })
})
