// Reads that must stay bounded on a ministry's whole archive, on a real database with the access
// rules on: the site map a part at a time, and the calendar feed's window of screenings.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extractID, sameID } from '../lib/extractID'
import {
  calendarWindow,
  queryCalendarScreenings,
  queryEventBySlug,
  screeningsOfEvent,
} from '../queries/events'
import { countPublished, publishedPages } from '../queries/published'
import { documentsPerSitemap, parseSitemapPart, sitemapPartNames } from '../queries/sitemap'
import { context, startPayload } from './helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(() => payload.destroy())

const day = 24 * 60 * 60 * 1000
const isoIn = (days: number) => new Date(Date.now() + days * day).toISOString()

// Tuvalu: no other test file holds events there, so every assertion is about this file's events.
const createEvent = (title: string, published: boolean, startsOn = isoIn(-30), endsOn = isoIn(300)) =>
  payload.create({
    collection: 'events',
    context,
    draft: !published,
    data: {
      title,
      type: 'festival',
      startsOn,
      endsOn,
      timezone: 'Pacific/Funafuti',
      country: 'TV',
      city: 'Funafuti',
      _status: published ? 'published' : 'draft',
    },
  })

describe('the site map in parts', () => {
  it('names one part for the site’s own pages, then as many per kind as its documents need', () => {
    expect(sitemapPartNames({ events: 3, films: 0, reports: 2 }, 2)).toEqual([
      'pages',
      'events-0',
      'events-1',
      'reports-0',
    ])
    expect(
      sitemapPartNames({ events: documentsPerSitemap, films: documentsPerSitemap + 1, reports: 0 }),
    ).toEqual(['pages', 'events-0', 'films-0', 'films-1'])
    // Each part lists every document in three languages: well under the protocol's 50,000 URLs.
    expect(documentsPerSitemap * 3).toBeLessThanOrEqual(5000)
  })

  it('reads back only the names it gives', () => {
    expect(parseSitemapPart('films-3')).toEqual({ kind: 'films', index: 3 })
    for (const name of ['pages', 'users-0', 'films', 'films-x', 'films--1'])
      expect(parseSitemapPart(name)).toBeNull()
  })

  it('lists each published event on exactly one part, in the order they were created, and no draft', async () => {
    const published = [
      await createEvent('Sitemap part one', true),
      await createEvent('Sitemap part two', true),
      await createEvent('Sitemap part three', true),
    ]
    const draft = await createEvent('Sitemap part draft', false)
    const total = await countPublished('events')
    const perPart = 2
    const parts = []
    for (let page = 1; page <= Math.ceil(total / perPart); page++)
      parts.push(await publishedPages('events', { page, limit: perPart }))
    expect(parts.every((part) => part.length <= perPart)).toBe(true)
    const slugs = parts.flat().map((page) => page.slug)
    expect(slugs).toHaveLength(total)
    expect(new Set(slugs).size).toBe(total)
    const ours = slugs.filter((slug) => published.some((event) => event.slug === slug))
    expect(ours).toEqual(published.map((event) => event.slug))
    expect(slugs).not.toContain(draft.slug)
    expect(parts.flat().find((page) => page.slug === published[0].slug)?.updatedAt).toMatch(/^\d{4}-/)
  })
})

describe('the calendar feed', () => {
  it('holds the screenings of the past two weeks and the coming six months, soonest first', async () => {
    const event = await createEvent('Calendar window festival', true)
    const hidden = await createEvent('Calendar window draft', false)
    const film = await payload.create({
      collection: 'films',
      context,
      data: {
        title: 'Calendar window film',
        screeningRights: [{ territories: ['worldwide'], validFrom: '2020-01-01T12:00:00.000Z' }],
      },
    })
    const screen = (eventID: typeof event.id, days: number) =>
      payload.create({
        collection: 'screenings',
        context,
        data: {
          event: eventID,
          film: film.id,
          startsAt: isoIn(days),
          venue: { name: 'Hall' },
          status: 'scheduled',
        },
      })
    const [longAgo, lastWeek, nextMonth, nextYear] = [
      await screen(event.id, -(calendarWindow.daysBefore + 16)),
      await screen(event.id, -7),
      await screen(event.id, 30),
      await screen(event.id, calendarWindow.daysAhead + 100),
    ]
    const ofDraft = await screen(hidden.id, 20)

    const listed = await queryCalendarScreenings.uncached('en')
    const ours = listed.filter((screening) =>
      [longAgo, lastWeek, nextMonth, nextYear].some((mine) => sameID(mine, screening)),
    )
    expect(ours.map((screening) => extractID(screening))).toEqual([lastWeek.id, nextMonth.id])
    expect(listed.some((screening) => sameID(screening, ofDraft))).toBe(false)
    expect(listed.length).toBeLessThanOrEqual(calendarWindow.most)
    // The event's own page lists all four, with their film, and needs not its event again.
    const ofEvent = await screeningsOfEvent.uncached('en', event)
    expect(ofEvent.map((screening) => extractID(screening))).toEqual([
      longAgo.id,
      lastWeek.id,
      nextMonth.id,
      nextYear.id,
    ])
    expect(ofEvent[0].film).toMatchObject({ title: 'Calendar window film' })
    // A film the event lists comes from the event as read for its page, with what a screening shows.
    await payload.update({ collection: 'events', id: event.id, context, data: { films: [film.id] } })
    const page = await queryEventBySlug.uncached('en', event.slug!)
    const listed2 = await screeningsOfEvent.uncached('en', page!)
    expect(listed2[0].film).toBe(page!.films![0])
    expect(listed2[0].film).toMatchObject({ title: 'Calendar window film', slug: film.slug })
    expect('event' in ofEvent[0]).toBe(false)
    // The event's page reads its screenings once (above): the event itself comes without the
    // admin's `screenings` join, which read and populated them a second time for nothing.
    expect(page!.screenings).toBeUndefined()
    const withJoin = await payload.find({
      collection: 'events',
      where: { id: { equals: event.id } },
      depth: 1,
    })
    expect(withJoin.docs[0].screenings?.docs?.length).toBe(4)
  })
})
