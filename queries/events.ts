import type { Where } from 'payload'
import { cacheTag } from '@/lib/cacheTags'
import type { Locale } from '@/lib/locales'
import { cachedQuery } from './cachedQuery'
import { cms, imageFields } from './payload'

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

/** Published events, filtered as the reader asked; upcoming soonest first, past latest first. */
export const queryEvents = cachedQuery(
  'events',
  async (locale: Locale, filters: EventFilters, limit: number = 12) => {
    const payload = await cms()
    return payload.find({
      collection: 'events',
      locale,
      overrideAccess: false,
      depth: 1,
      limit,
      page: filters.page ?? 1,
      sort: filters.when === 'upcoming' ? 'startsOn' : '-startsOn',
      where: filterWhere(filters),
      select: cardFields,
      populate: { media: imageFields },
    })
  },
  () => [cacheTag.events],
)

export const queryEventBySlug = cachedQuery(
  'event',
  async (locale: Locale, slug: string) => {
    const payload = await cms()
    const { docs } = await payload.find({
      collection: 'events',
      locale,
      overrideAccess: false,
      depth: 1,
      limit: 1,
      where: { slug: { equals: slug } },
      populate: {
        films: { title: true, slug: true, poster: true, year: true },
        embassies: { name: true, slug: true, city: true, country: true },
        media: imageFields,
      },
    })
    return docs[0] ?? null
  },
  (_locale, slug) => [cacheTag.eventPage(slug)],
)

export const queryScreeningsOfEvent = cachedQuery(
  'screenings-of-event',
  async (locale: Locale, eventID: number | string) => {
    const payload = await cms()
    const { docs } = await payload.find({
      collection: 'screenings',
      locale,
      overrideAccess: false,
      depth: 1,
      pagination: false,
      sort: 'startsAt',
      where: { event: { equals: eventID } },
      populate: { films: { title: true, slug: true, runtime: true } },
    })
    return docs
  },
  (_locale, eventID) => [cacheTag.screeningsOf(eventID)],
)

/** Every published event's slug: the site map. */
export const queryPublishedEventSlugs = cachedQuery(
  'event-slugs',
  async () => {
    const payload = await cms()
    const { docs } = await payload.find({
      collection: 'events',
      overrideAccess: false,
      depth: 0,
      pagination: false,
      select: { slug: true },
    })
    return docs.map((doc) => doc.slug).filter((slug): slug is string => Boolean(slug))
  },
  () => [cacheTag.events],
)

/**
 * What the build prerenders: events still to come and the latest few dozen, the pages readers open
 * most. Every other event is rendered on its first request and kept, so the build does not grow
 * with the archive.
 */
export const queryPrerenderedEventSlugs = async (latest = 24) => {
  const payload = await cms()
  const common = { collection: 'events', overrideAccess: false, depth: 0, select: { slug: true } } as const
  const [upcoming, recent] = await Promise.all([
    payload.find({
      ...common,
      limit: 100,
      sort: 'startsOn',
      where: { endsOn: { greater_than_equal: todayStart() } },
    }),
    payload.find({ ...common, limit: latest, sort: '-startsOn' }),
  ])
  const slugs = [...upcoming.docs, ...recent.docs].map((doc) => doc.slug)
  return [...new Set(slugs.filter((slug): slug is string => Boolean(slug)))]
}

/** Years and countries that have published events: the choices the filters offer. */
export const queryEventFacets = cachedQuery(
  'event-facets',
  async () => {
    const payload = await cms()
    const { docs } = await payload.find({
      collection: 'events',
      overrideAccess: false,
      depth: 0,
      pagination: false,
      select: { startsOn: true, country: true },
    })
    return {
      years: [...new Set(docs.map((doc) => Number(doc.startsOn.slice(0, 4))))].sort((a, b) => b - a),
      countries: [...new Set(docs.map((doc) => doc.country))].sort(),
    }
  },
  () => [cacheTag.events],
)

export const queryUpcomingEvents = (locale: Locale, limit = 6) =>
  queryEvents(locale, { when: 'upcoming' }, limit)

/** Every screening still to come, of published events, soonest first: the /events.ics feed. */
export const queryUpcomingScreenings = cachedQuery(
  'upcoming-screenings',
  async (locale: Locale) => {
    const payload = await cms()
    const { docs } = await payload.find({
      collection: 'screenings',
      locale,
      overrideAccess: false,
      depth: 1,
      pagination: false,
      sort: 'startsAt',
      where: { startsAt: { greater_than_equal: new Date().toISOString() } },
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
    const payload = await cms()
    const [events, embassies] = await Promise.all([
      payload.find({
        collection: 'events',
        locale,
        overrideAccess: false,
        depth: 1,
        pagination: false,
        sort: '-startsOn',
        where: { country: { equals: country } },
        select: cardFields,
        populate: { media: imageFields },
      }),
      payload.find({
        collection: 'embassies',
        locale,
        overrideAccess: false,
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
