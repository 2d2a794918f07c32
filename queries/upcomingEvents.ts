import type { Locale } from '@/lib/locales'
import { cms } from './payload'

/** Published events that have not ended yet, soonest first, with their screening counts. */
export const queryUpcomingEvents = async (locale: Locale, limit = 12) => {
  const payload = await cms()
  const today = new Date().toISOString().slice(0, 10)
  const { docs: events } = await payload.find({
    collection: 'events',
    locale,
    overrideAccess: false,
    depth: 0,
    limit,
    sort: 'startsOn',
    where: { endsOn: { greater_than_equal: `${today}T00:00:00.000Z` } },
    select: { title: true, slug: true, type: true, startsOn: true, endsOn: true, city: true, country: true, summary: true },
  })
  const { docs: screenings } = await payload.find({
    collection: 'screenings',
    overrideAccess: false,
    depth: 0,
    pagination: false,
    where: { event: { in: events.map((event) => event.id) } },
    select: { event: true },
  })
  return events.map((event) => ({
    ...event,
    screeningCount: screenings.filter((screening) => String(screening.event) === String(event.id)).length,
  }))
}
