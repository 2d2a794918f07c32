import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sameID } from '../lib/extractID'
import {
  eventsThisMonthAndNext,
  licencesExpiringSoon,
  overdueReports,
  pagesMissingALanguage,
  reportsWaitingForReview,
} from '../queries/desk'
import { context, startPayload } from './helpers/payload'
import { buildWorld, type World } from './helpers/world'

// The desk on a known data set, in 2032 so no other test file's data falls into its windows.
const now = new Date('2032-03-15T09:00:00.000Z')
let payload: Payload
let world: World
const made: Record<string, any> = {}

const create = (collection: any, data: Record<string, any>, options: Record<string, any> = {}) =>
  payload.create({
    collection,
    data,
    context,
    overrideAccess: true,
    depth: 0,
    ...options,
  } as any) as Promise<any>

const event = (title: string, startsOn: string, endsOn: string | null, embassy: any, published = true) =>
  create(
    'events',
    {
      title,
      type: 'embassy_screening',
      startsOn,
      endsOn,
      timezone: 'Europe/Brussels',
      country: 'BE',
      city: 'Brussels',
      organisingEmbassy: embassy?.id,
      _status: published ? 'published' : 'draft',
    },
    { draft: !published },
  )

/**
 * A report sent on a given day. Its screenings are in 2032, so the workflow would refuse their
 * attendance today: the draft is written through the API and its status and history, as the
 * workflow hook writes them, straight through the database adapter.
 */
const sentReport = async (title: string, ev: any, embassy: any, status: string, sentOn: string) => {
  const report = await create('reports', { title, embassy: embassy.id, event: ev.id, status: 'draft' })
  if (status === 'draft') return report
  await payload.db.updateOne({
    collection: 'reports',
    id: report.id,
    data: {
      ...report,
      status,
      statusHistory: [{ id: randomBytes(12).toString('hex'), status: 'submitted', changedAt: sentOn }],
    },
  })
  return report
}

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload, 'desk')
  const { embassyA, embassyB } = world
  made.film = await create('films', {
    title: 'Licence ends soon desk',
    screeningRights: [
      {
        territories: ['BE', 'FR'],
        validFrom: '2030-01-01T12:00:00.000Z',
        validTo: '2032-05-01T12:00:00.000Z',
      },
      { territories: ['US'], validFrom: '2030-01-01T12:00:00.000Z', validTo: '2033-12-31T12:00:00.000Z' },
    ],
  })
  made.unplannedFilm = await create('films', {
    title: 'Licence ends soon, nothing planned desk',
    screeningRights: [
      { territories: ['BE'], validFrom: '2030-01-01T12:00:00.000Z', validTo: '2032-04-01T12:00:00.000Z' },
    ],
  })
  // Ended 13 Jan, due 12 Feb: 31 days overdue on 15 Mar, no report at all.
  made.silent = await event(
    'Silent event desk',
    '2032-01-10T12:00:00.000Z',
    '2032-01-13T12:00:00.000Z',
    embassyA,
  )
  // Ended 20 Jan, due 19 Feb: 24 days overdue (less 3 hours) on 15 Mar. Ended long enough ago, but the embassy only has a draft: still overdue (a draft is not sent).
  made.drafted = await event('Drafted event desk', '2032-01-20T12:00:00.000Z', null, embassyA)
  await sentReport('Draft report desk', made.drafted, embassyA, 'draft', '2032-01-21T12:00:00.000Z')
  // Reported on: not overdue, and its report waits for review since 1 Feb (43 days).
  made.reported = await event(
    'Reported event desk',
    '2032-01-25T12:00:00.000Z',
    '2032-01-26T12:00:00.000Z',
    embassyB,
  )
  made.olderWaiting = await sentReport(
    'Older waiting desk',
    made.reported,
    embassyB,
    'submitted',
    '2032-02-01T08:00:00.000Z',
  )
  // Ended 1 Mar: not yet due.
  made.recent = await event('Recent event desk', '2032-03-01T12:00:00.000Z', null, embassyA)
  made.newerWaiting = await sentReport(
    'Newer waiting desk',
    made.recent,
    embassyA,
    'submitted',
    '2032-03-10T10:00:00.000Z',
  )
  // This month, next month, a draft next month, and one the month after.
  made.march = await event('March event desk', '2032-03-20T12:00:00.000Z', null, embassyA)
  made.runningIn = await event(
    'Running into March desk',
    '2032-02-27T12:00:00.000Z',
    '2032-03-02T12:00:00.000Z',
    embassyA,
  )
  made.aprilDraft = await event('April draft desk', '2032-04-05T12:00:00.000Z', null, embassyA, false)
  made.may = await event('May event desk', '2032-05-02T12:00:00.000Z', null, embassyA)
  await create('screenings', {
    event: made.march.id,
    film: made.film.id,
    startsAt: '2032-03-20T18:00:00.000Z',
    venue: { name: 'Hall' },
  })
  // Published in English only: missing in Kazakh and Russian.
  made.englishOnly = await create('films', { title: 'English only desk' }, { locale: 'en' })
})
afterAll(() => payload.destroy())

const asEditor = () => ({ payload, user: world.users.editor as any, now })
const mine = <T extends { id: unknown }>(rows: T[], docs: { id: unknown }[]) =>
  rows.filter((row) => docs.some((doc) => sameID(row.id as never, doc.id as never)))

describe('the ministry’s desk', () => {
  it('lists reports waiting for review, the longest-waiting first, with the days each has waited', async () => {
    const { reports, link } = await reportsWaitingForReview(asEditor())
    const ours = mine(reports, [made.olderWaiting, made.newerWaiting])
    expect(ours.map((row) => [row.title, row.daysWaiting])).toEqual([
      ['Older waiting desk', 43],
      ['Newer waiting desk', 4],
    ])
    expect(reports.findIndex((row) => row.title === 'Older waiting desk')).toBeLessThan(
      reports.findIndex((row) => row.title === 'Newer waiting desk'),
    )
    expect(decodeURIComponent(link)).toContain('where[status][equals]=submitted')
  })

  it('lists events past their report’s due date with no report sent by their embassy, most overdue first', async () => {
    const { events, link } = await overdueReports({ ...asEditor(), graceDays: 30 })
    const candidates = [made.silent, made.drafted, made.reported, made.recent, made.march]
    expect(mine(events, candidates).map((row) => [row.title, row.daysOverdue])).toEqual([
      ['Silent event desk', 31],
      ['Drafted event desk', 24],
    ])
    expect(decodeURIComponent(link!)).toContain(`where[id][in][0]=${events[0].id}`)
  })

  it('takes the number of days a report is due after from its argument', async () => {
    const { events } = await overdueReports({ ...asEditor(), graceDays: 70 })
    expect(mine(events, [made.silent, made.drafted])).toEqual([])
  })

  it('lists the events of this month and next, drafts included, in date order', async () => {
    const { events, link } = await eventsThisMonthAndNext(asEditor())
    const all = [made.silent, made.recent, made.march, made.runningIn, made.aprilDraft, made.may]
    expect(mine(events, all).map((row) => [row.title, row.status])).toEqual([
      ['Running into March desk', 'published'],
      ['Recent event desk', 'published'],
      ['March event desk', 'published'],
      ['April draft desk', 'draft'],
    ])
    expect(decodeURIComponent(link)).toContain('where[and][0][startsOn][less_than]=2032-05-01T00:00:00.000Z')
  })

  it('lists licences ending within 90 days of films with planned screenings, and only those', async () => {
    const { licences, link } = await licencesExpiringSoon(asEditor())
    const ours = mine(licences, [made.film, made.unplannedFilm])
    expect(ours.map((row) => [row.title, row.territories, row.daysLeft, row.plannedScreenings])).toEqual([
      ['Licence ends soon desk', ['BE', 'FR'], 47, 1],
    ])
    expect(decodeURIComponent(link!)).toContain(`where[id][in][0]=${made.film.id}`)
  })

  it('counts published pages with no title in a language, per collection and language', async () => {
    const rows = await pagesMissingALanguage(asEditor())
    const listed = async (locale: string) => {
      const row = rows.find((item) => item.collection === 'films' && item.locale === locale)
      if (!row) return []
      const { docs } = await payload.find({
        collection: 'films',
        locale: locale as any,
        where: row.where,
        pagination: false,
        depth: 0,
      })
      expect(row.count).toBe(docs.length)
      expect(decodeURIComponent(row.link)).toContain(`locale=${locale}`)
      return docs.map((doc) => doc.id)
    }
    expect(await listed('kk')).toContain(made.englishOnly.id)
    expect(await listed('ru')).toContain(made.englishOnly.id)
    expect(await listed('en')).not.toContain(made.englishOnly.id)
  })

  it('shows embassy staff nothing beyond what they may read', async () => {
    const { reports } = await reportsWaitingForReview({ payload, user: world.users.embassyA as any, now })
    expect(reports.every((row) => row.embassy === world.embassyA.name)).toBe(true)
  })
})
