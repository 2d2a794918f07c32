import { cache } from 'react'
import type { Where } from 'payload'
import type { Locale } from '@/lib/locales'
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
export const queryEvents = cache(async (locale: Locale, filters: EventFilters, limit = 12) => {
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
})

export const queryEventBySlug = cache(async (locale: Locale, slug: string) => {
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
})

export const queryScreeningsOfEvent = cache(async (locale: Locale, eventID: number | string) => {
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
})

export const queryPublishedEventSlugs = async () => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'events',
    overrideAccess: false,
    depth: 0,
    pagination: false,
    select: { slug: true },
  })
  return docs.map((doc) => doc.slug).filter((slug): slug is string => Boolean(slug))
}

/** Years and countries that have published events: the choices the filters offer. */
export const queryEventFacets = cache(async () => {
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
})

export const queryUpcomingEvents = (locale: Locale, limit = 6) =>
  queryEvents(locale, { when: 'upcoming' }, limit)

/** Every screening still to come, of published events, soonest first: the /events.ics feed. */
export const queryUpcomingScreenings = async (locale: Locale) => {
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
}

/** Everything held in one country: its published events, latest first, and the embassies there. */
export const queryCountry = cache(async (locale: Locale, country: string) => {
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
})
