import { cacheTag } from '@/lib/cacheTags'
import { cachedQuery } from './cachedQuery'
import { findPublished } from './published'

/** Headline figures and events per country, computed from what is published. */
export const queryFigures = cachedQuery(
  'figures',
  async () => {
    const [{ docs: events }, { docs: screenings }] = await Promise.all([
      findPublished({
        collection: 'events',
        depth: 0,
        pagination: false,
        select: { country: true, startsOn: true },
      }),
      findPublished({
        collection: 'screenings',
        depth: 0,
        pagination: false,
        select: { status: true, attendance: true },
      }),
    ])
    const eventsPerCountry = events.reduce<Record<string, number>>(
      (counts, event) => ({ ...counts, [event.country]: (counts[event.country] ?? 0) + 1 }),
      {},
    )
    const firstDay = events.map((event) => event.startsOn).sort()[0]
    return {
      eventsPerCountry,
      /** The year of the first published event: the figures cover it to today. */
      since: firstDay ? new Date(firstDay).getUTCFullYear() : null,
      countries: Object.keys(eventsPerCountry).length,
      events: events.length,
      screenings: screenings.filter((screening) => screening.status !== 'cancelled').length,
      audience: screenings.reduce(
        (sum, screening) => sum + (screening.status === 'held' ? (screening.attendance ?? 0) : 0),
        0,
      ),
    }
  },
  () => [cacheTag.events, cacheTag.screenings],
)
