import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryEvents, screeningsOfEvent } from '../queries/events'
import { queryReportsOfEvent } from '../queries/reports'
import { querySearch } from '../queries/search'
import { calendarDateIn, toCalendarDate } from '../lib/calendarDate'
import { licenceFor } from '../lib/rights'
import {
  ArchiveRefused,
  defaultOptions,
  planArchive,
  seedLarge,
  type ArchiveOptions,
  type ArchiveSummary,
} from '../scripts/seed/large/index'
import { context, rejection, startPayload } from './helpers/payload'

type ID = number | string

// A small archive. `force`: the suite's database holds what earlier test files wrote.
const options: ArchiveOptions = {
  ...defaultOptions(),
  seed: 7,
  films: 40,
  events: 20,
  screenings: 100,
  reports: 10,
  embassies: 5,
  today: '2026-11-20',
  force: true,
}
const counted: CollectionSlug[] = ['embassies', 'films', 'events', 'screenings', 'reports']
const counts = async () =>
  Object.fromEntries(
    await Promise.all(
      counted.map(async (collection) => [
        collection,
        (await payload.count({ collection, overrideAccess: true })).totalDocs,
      ]),
    ),
  )

let payload: Payload
let before: Record<string, number>
let archive: ArchiveSummary
beforeAll(async () => {
  payload = await startPayload()
  before = await counts()
  archive = await seedLarge(payload, options)
})
afterAll(() => payload.destroy())

const byIDs = async (collection: CollectionSlug, ids: ID[], extra: Record<string, unknown> = {}) =>
  (
    await payload.find({
      collection,
      where: { id: { in: ids } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      sort: 'id',
      ...extra,
    } as never)
  ).docs as Record<string, any>[]

describe('seed:large', () => {
  it('writes as many films, events, screenings, reports and embassies as asked', async () => {
    const after = await counts()
    expect(after.films - before.films).toBe(40)
    expect(after.events - before.events).toBe(20)
    expect(after.screenings - before.screenings).toBe(100)
    expect(after.reports - before.reports).toBe(10)
    expect(after.embassies - before.embassies).toBe(archive.embassies.length)
    expect(archive.embassies.length + archive.reusedEmbassies).toBe(5)
  })

  it('draws the same archive from the same seed and another from another seed', () => {
    const plan = planArchive(options)
    expect(planArchive(options)).toEqual(plan)
    const other = planArchive({ ...options, seed: 8 })
    expect(other.films.map((film) => film.title)).not.toEqual(plan.films.map((film) => film.title))
    expect(other.events.map((event) => event.startsOn)).not.toEqual(
      plan.events.map((event) => event.startsOn),
    )
  })

  it('plans the full-size archive on any day of a month: every report step dated, before today', () => {
    // 2026-12-03 once drew a draft whose event had just ended, with no room before today: NaN.
    for (const today of ['2026-12-03', '2027-01-31', '2027-03-01']) {
      const plan = planArchive({ ...defaultOptions(), seed: 1, today })
      const todayTime = Date.parse(`${today}T12:00:00.000Z`)
      for (const report of plan.reports)
        for (const step of report.history) {
          expect(Number.isNaN(Date.parse(step.at))).toBe(false)
          expect(Date.parse(step.at)).toBeLessThan(todayTime)
        }
    }
  })

  it('writes what the plan holds, in every language', async () => {
    const plan = planArchive(options)
    const films = await byIDs('films', archive.films, { locale: 'all' })
    // A language with no text reads as null or not at all, depending on the other fields in it.
    const languages = (text: Record<string, string | null | undefined>) =>
      Object.fromEntries(['en', 'ru', 'kk'].map((locale) => [locale, text[locale] ?? null]))
    expect(films.map((film) => languages(film.title))).toEqual(
      plan.films.map((film) => languages(film.title)),
    )
    const screenings = await byIDs('screenings', archive.screenings)
    expect(screenings.map((s) => [s.label, s.startsAt, s.status, s.attendance ?? null])).toEqual(
      plan.screenings.map((s) => [s.label, s.startsAt, s.status, s.attendance]),
    )
  })

  it('leaves every film findable by the site’s search, in another script than its title’s', async () => {
    // The adapter skips the hook that writes the search text; the generator must write it itself.
    const films = await byIDs('films', archive.films, { locale: 'all' })
    const film = films.find((doc) => doc.title?.ru)
    expect(film).toBeDefined()
    const { results } = await querySearch('en', film!.title.ru)
    expect(results.some((result) => result.kind === 'film' && result.id === film!.id)).toBe(true)
  })

  it('shows every screening within its event, of a film licensed there and then', async () => {
    const screenings = await byIDs('screenings', archive.screenings)
    const events = new Map((await byIDs('events', archive.events, { draft: true })).map((e) => [e.id, e]))
    const films = new Map((await byIDs('films', archive.films)).map((f) => [f.id, f]))
    for (const screening of screenings) {
      const event = events.get(screening.event)
      const film = films.get(screening.film)
      expect(event).toBeDefined()
      expect(film).toBeDefined()
      const day = calendarDateIn(screening.startsAt, screening.startsAt_tz)
      expect(day >= toCalendarDate(event!.startsOn) && day <= toCalendarDate(event!.endsOn)).toBe(true)
      const use = {
        country: event!.country,
        startsAt: screening.startsAt,
        timeZone: screening.startsAt_tz,
        format: screening.format,
        ticketed: screening.admission === 'ticketed',
      }
      expect(licenceFor(film!.screeningRights, use)).toBeDefined()
    }
  })

  it('plans a licence for every screening of a larger archive, as lib/rights reads it', () => {
    const plan = planArchive({
      ...options,
      films: 300,
      events: 200,
      screenings: 2000,
      reports: 100,
      embassies: 20,
    })
    const unlicensed = plan.screenings.filter((screening) => {
      const event = plan.events[screening.event]
      return !licenceFor(plan.films[screening.film].screeningRights, {
        country: event.country,
        startsAt: screening.startsAt,
        timeZone: screening.timezone,
        format: screening.format,
        ticketed: screening.admission === 'ticketed',
      })
    })
    expect(unlicensed).toEqual([])
    // Most of the catalogue is licensed somewhere, not all of it: as in life.
    const withoutRights = plan.films.filter((film) => film.screeningRights.length === 0).length
    expect(withoutRights).toBeGreaterThan(0)
    expect(withoutRights).toBeLessThan(plan.films.length / 5)
  })

  it('gives each embassy at most one report per event, on an event it organised', async () => {
    const reports = await byIDs('reports', archive.reports)
    const events = new Map((await byIDs('events', archive.events)).map((e) => [e.id, e]))
    const pairs = reports.map((report) => `${report.embassy}:${report.event}`)
    expect(new Set(pairs).size).toBe(reports.length)
    for (const report of reports)
      expect(String(events.get(report.event)?.organisingEmbassy)).toBe(String(report.embassy))
  })

  it('keeps each report’s status, history and the attendance it confirmed in agreement', async () => {
    const reports = await byIDs('reports', archive.reports)
    const screenings = new Map((await byIDs('screenings', archive.screenings)).map((s) => [s.id, s]))
    expect(new Set(reports.map((report) => report.status)).size).toBeGreaterThan(1)
    for (const report of reports) {
      const history = report.statusHistory as { status: string; changedAt: string }[]
      expect(history[0].status).toBe('draft')
      expect(history[history.length - 1].status).toBe(report.status)
      expect(history.map((step) => step.changedAt)).toEqual([...history.map((step) => step.changedAt)].sort())
      expect(Boolean(report.publishedAt)).toBe(report.status === 'published')
      if (report.status !== 'approved' && report.status !== 'published') continue
      for (const row of report.screenings) {
        expect(screenings.get(row.screening)).toMatchObject({ status: 'held', attendance: row.attendance })
      }
    }
  })

  it('writes nothing the app’s own validation would refuse on a save', async () => {
    const resave = async (collection: CollectionSlug, ids: ID[], draft = false) => {
      for (const id of ids)
        await payload.update({
          collection,
          id,
          data: {},
          overrideAccess: true,
          context,
          depth: 0,
          draft,
        } as never)
    }
    const events = await byIDs('events', archive.events, { draft: true, select: { _status: true } })
    await resave('embassies', archive.embassies)
    await resave('films', archive.films)
    for (const event of events) await resave('events', [event.id], event._status === 'draft')
    await resave('screenings', archive.screenings)
    await resave('reports', archive.reports)
  })

  it('refuses a database with content beyond the demo, and says what it found', async () => {
    const found = await rejection(seedLarge(payload, { ...options, force: false }))
    expect(found.message).toMatch(/already holds content that is not the demo's: .*\d+ films/)
    expect(found.message).toMatch(/--force/)
    await expect(seedLarge(payload, { ...options, force: false })).rejects.toBeInstanceOf(ArchiveRefused)
    expect((await counts()).films - before.films).toBe(40)
  })

  it('lets the public see the published events, their screenings and reports, and nothing else', async () => {
    const events = await byIDs('events', archive.events, { draft: true })
    const published = events.filter((event) => event._status === 'published')
    const drafts = events.filter((event) => event._status === 'draft')
    expect(published.length).toBeGreaterThan(0)
    for (const country of new Set(events.map((event) => event.country))) {
      const seen = (await queryEvents.uncached('en', { country }, 1000)).docs.map((doc) => doc.id)
      for (const event of events.filter((e) => e.country === country))
        expect(seen.includes(event.id)).toBe(event._status === 'published')
    }
    const planned = (await byIDs('screenings', archive.screenings)).filter((s) => s.event === published[0].id)
    expect(await screeningsOfEvent.uncached('en', { id: published[0].id })).toHaveLength(planned.length)
    for (const draft of drafts)
      expect(await screeningsOfEvent.uncached('en', { id: draft.id })).toHaveLength(0)
    for (const report of await byIDs('reports', archive.reports)) {
      const shown = await queryReportsOfEvent.uncached('en', report.event)
      expect(shown.some((doc) => doc.id === report.id)).toBe(report.status === 'published')
    }
  })

  it('names most Kazakh directors in Cyrillic for Russian readers, and every one in Latin for English ones', async () => {
    const all = await byIDs('films', archive.films, { locale: 'all' })
    const cyrillic = all.filter((film) => /^[А-Яа-яЁё\s-]+$/.test(film.directors?.ru?.[0] ?? ''))
    expect(cyrillic.length).toBeGreaterThan(all.length / 3)
    for (const film of all) expect(film.directors.en[0]).toMatch(/^[A-Za-z\s-]+$/)
    const russian = await byIDs('films', [cyrillic[0].id], { locale: 'ru' })
    expect(russian[0].directors).toEqual(cyrillic[0].directors.ru)
  })
})
