import type { Where } from 'payload'
import { cacheTag } from '@/lib/cacheTags'
import { extractID } from '@/lib/extractID'
import type { Locale } from '@/lib/locales'
import { cachedQuery } from './cachedQuery'
import { imageFields } from './payload'
import { distinctPublished, findOnePublished, findPublished, publishedSlugs } from './published'

const todayStart = () => `${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`

export type EventFilters = {
  when?: 'upcoming' | 'past'
  year?: number
  country?: string
  type?: string
  page?: number
}

const filterWhere = ({ when, year, country, type }: EventFilters): Where => {
  const and: Where[] = []
  if (when === 'upcoming') and.push({ endsOn: { greater_than_equal: todayStart() } })
  if (when === 'past') and.push({ endsOn: { less_than: todayStart() } })
  if (year)
    and.push(
      { startsOn: { greater_than_equal: `${year}-01-01T00:00:00.000Z` } },
      { startsOn: { less_than: `${year + 1}-01-01T00:00:00.000Z` } },
    )
  if (country) and.push({ country: { equals: country } })
  if (type) and.push({ type: { equals: type } })
  return { and }
}

const cardFields = {
  title: true,
  slug: true,
  type: true,
  startsOn: true,
  endsOn: true,
  city: true,
  country: true,
  summary: true,
  heroImage: true,
} as const

/** Events a list page shows. */
export const eventsPerPage = 12

/** Published events, filtered as the reader asked; upcoming soonest first, past latest first. */
export const queryEvents = cachedQuery(
  'events',
  async (locale: Locale, filters: EventFilters, limit: number = eventsPerPage) =>
    findPublished({
      collection: 'events',
      locale,
      depth: 1,
      limit,
      page: filters.page ?? 1,
      sort: filters.when === 'upcoming' ? 'startsOn' : '-startsOn',
      where: filterWhere(filters),
      select: cardFields,
      populate: { media: imageFields },
    }),
  // Filters are the reader's to combine: kept in memory only (config/cacheHandler.mjs).
  () => [cacheTag.events, cacheTag.readerShaped],
)

/** What a screening shows of its film: on the event's page and in its calendar. */
const filmOfScreening = { title: true, slug: true, year: true, runtime: true } as const

export const queryEventBySlug = cachedQuery(
  'event',
  async (locale: Locale, slug: string) =>
    findOnePublished(
      {
        collection: 'events',
        locale,
        depth: 1,
        where: { slug: { equals: slug } },
        populate: {
          // With what its screenings show of them (`screeningsOfEvent`).
          films: { ...filmOfScreening, poster: true },
          embassies: { name: true, slug: true, city: true, country: true },
          media: imageFields,
        },
      },
      { previewOf: { collection: 'events', slug } },
    ),
  (_locale, slug) => [cacheTag.eventPage(slug)],
)

/** An event's screenings as stored, their films as IDs: `screeningsOfEvent` puts the films in. */
const queryScreeningRows = cachedQuery(
  'screenings-of-event',
  async (locale: Locale, eventID: number | string) => {
    const { docs } = await findPublished(
      {
        collection: 'screenings',
        locale,
        depth: 0,
        pagination: false,
        sort: 'startsAt',
        where: { event: { equals: eventID } },
        // Not their event: every caller has it already.
        select: { event: false },
      },
      { previewOf: { collection: 'events', id: eventID } },
    )
    return docs
  },
  (_locale, eventID) => [cacheTag.screeningsOf(eventID)],
)

/** Films by ID, for a screening of a film its event does not list (the event's page reads the rest). */
const queryFilmsByID = cachedQuery(
  'films-by-id',
  async (locale: Locale, ids: (number | string)[]) => {
    const { docs } = await findPublished({
      collection: 'films',
      locale,
      depth: 0,
      pagination: false,
      where: { id: { in: ids } },
      select: filmOfScreening,
    })
    return docs
  },
  () => [cacheTag.films],
)

/**
 * An event's screenings, soonest first, each with its film. The films come from the event's own
 * list, already read with the event (`queryEventBySlug`), so the page makes no query for them;
 * only a film the event does not list is read, all such films at once. Populating them with the
 * screenings (depth 1) read the same films again, and populating the event read it again too.
 */
type EventWithFilms = { id: number | string; films?: (number | string | { id: number | string })[] | null }

const withFilms =
  (rowsOf: typeof queryScreeningRows.uncached, filmsByID: typeof queryFilmsByID.uncached) =>
  async (locale: Locale, event: EventWithFilms) => {
    const rows = await rowsOf(locale, event.id)
    const films = new Map<string, { id: number | string; title?: string | null; slug?: string | null }>()
    for (const film of event.films ?? []) if (typeof film === 'object') films.set(String(film.id), film)
    const missing = [
      ...new Set(
        rows.map((row) => extractID(row.film)).filter((id) => id !== undefined && !films.has(String(id))),
      ),
    ] as (number | string)[]
    if (missing.length > 0)
      for (const film of await filmsByID(locale, missing)) films.set(String(film.id), film)
    return rows.map((row) => ({ ...row, film: films.get(String(extractID(row.film))) ?? row.film }))
  }

export const screeningsOfEvent = Object.assign(withFilms(queryScreeningRows, queryFilmsByID), {
  // Outside Next's server (scripts, tests), where there is no data cache.
  uncached: withFilms(queryScreeningRows.uncached, queryFilmsByID.uncached),
})

/**
 * What the build prerenders: events still to come and the latest few dozen, the pages readers open
 * most. Every other event is rendered on its first request and kept, so the build does not grow
 * with the archive.
 */
export const queryPrerenderedEventSlugs = async (latest = 24) => {
  const [upcoming, recent] = await Promise.all([
    findPublished({
      collection: 'events',
      depth: 0,
      limit: 100,
      sort: 'startsOn',
      where: { endsOn: { greater_than_equal: todayStart() } },
      select: { slug: true },
    }),
    publishedSlugs('events', { latest, sort: '-startsOn' }),
  ])
  const slugs = upcoming.docs.map((doc) => doc.slug).filter((slug): slug is string => Boolean(slug))
  return [...new Set([...slugs, ...recent])]
}

/** The year of an event's first day, as stored (UTC, ISO 8601). */
const yearOf = (startsOn: string) => Number(startsOn.slice(0, 4))

/**
 * Years and countries that have published events: the choices the filters offer. Read with three
 * bounded queries whatever the archive's size: the first and the last event by `startsOn` (indexed)
 * give the span of years, and the database answers the distinct countries.
 */
export const queryEventFacets = cachedQuery(
  'event-facets',
  async () => {
    const edge = (sort: string) =>
      findPublished({
        collection: 'events',
        depth: 0,
        limit: 1,
        pagination: false,
        sort,
        select: { startsOn: true },
      })
    const [first, last, countries] = await Promise.all([
      edge('startsOn'),
      edge('-startsOn'),
      // ISO 3166 codes only (fields/countryCode.ts): a few hundred at the very most.
      distinctPublished({ collection: 'events', field: 'country', sort: 'country' }),
    ])
    const [from, to] = [first.docs[0]?.startsOn, last.docs[0]?.startsOn]
    // Every year between the first and the last: an archive of years of diplomacy has events in each.
    const years =
      from && to ? Array.from({ length: yearOf(to) - yearOf(from) + 1 }, (_, i) => yearOf(to) - i) : []
    return {
      years,
      countries: countries.filter((code) => typeof code === 'string'),
    }
  },
  () => [cacheTag.events],
)

export const queryUpcomingEvents = (locale: Locale, limit = 6) =>
  queryEvents(locale, { when: 'upcoming' }, limit)

const day = 24 * 60 * 60 * 1000

/**
 * What /events.ics holds: screenings of published events from two weeks ago to six months ahead,
 * soonest first, and at most 1,000 of them. Unbounded, the feed grew with the archive (every
 * upcoming screening: 1,554 of them, 1.3 MB, on the generated archive) and so did each calendar
 * app's hourly fetch. A calendar app replaces its copy with each fetch, so the window moves on
 * with it: a screening enters subscribers' calendars six months ahead, and stays there two weeks
 * after it was held (one that vanished the day after would look cancelled). The cap only matters
 * for a six months far busier than any so far; it keeps the soonest.
 */
export const calendarWindow = { daysBefore: 14, daysAhead: 183, most: 1000 } as const

/** The screenings /events.ics lists (see `calendarWindow`), soonest first. */
export const queryCalendarScreenings = cachedQuery(
  'calendar-screenings',
  async (locale: Locale) => {
    const now = Date.now()
    const { docs } = await findPublished({
      collection: 'screenings',
      locale,
      depth: 1,
      pagination: false,
      limit: calendarWindow.most,
      sort: 'startsAt',
      where: {
        and: [
          { startsAt: { greater_than_equal: new Date(now - calendarWindow.daysBefore * day).toISOString() } },
          { startsAt: { less_than: new Date(now + calendarWindow.daysAhead * day).toISOString() } },
        ],
      },
      populate: {
        films: { title: true, runtime: true },
        events: {
          title: true,
          slug: true,
          summary: true,
          startsOn: true,
          endsOn: true,
          city: true,
          country: true,
          timezone: true,
        },
      },
    })
    return docs
  },
  () => [cacheTag.events, cacheTag.screenings],
)

/** Everything held in one country: its published events, latest first, and the embassies there. */
export const queryCountry = cachedQuery(
  'country',
  async (locale: Locale, country: string) => {
    const [events, embassies] = await Promise.all([
      findPublished({
        collection: 'events',
        locale,
        depth: 1,
        pagination: false,
        sort: '-startsOn',
        where: { country: { equals: country } },
        select: cardFields,
        populate: { media: imageFields },
      }),
      findPublished({
        collection: 'embassies',
        locale,
        depth: 0,
        pagination: false,
        where: { country: { equals: country } },
        select: { name: true, city: true },
      }),
    ])
    return { events: events.docs, embassies: embassies.docs }
  },
  (_locale, country) => [cacheTag.country(country)],
)
