import { calendarDateIn, toCalendarDate } from './calendarDate'

type Venue = {
  name?: string | null
  address?: string | null
  city?: string | null
  latitude?: number | null
  longitude?: number | null
}

/**
 * Whether an event's last day is over on the venue's calendar: no one adds a past event to a
 * calendar. Day-only fields are stored at noon UTC, so their UTC date is the editor's date.
 */
export const eventHasEnded = (
  event: { startsOn: string; endsOn?: string | null; timezone: string },
  now: Date = new Date(),
): boolean => toCalendarDate(event.endsOn ?? event.startsOn) < calendarDateIn(now, event.timezone)

/** Whether a screening has begun: it is then too late to add it to a calendar. */
export const screeningHasStarted = (startsAt: string, now: Date = new Date()): boolean =>
  new Date(startsAt).getTime() <= now.getTime()

/**
 * A map of the venue on OpenStreetMap: a pin at its coordinates when the editor gave them, else a
 * search for its address. A plain link, so the page loads no map script and no third-party request.
 */
export const venueMapURL = (venue: Venue): string | null => {
  if (typeof venue.latitude === 'number' && typeof venue.longitude === 'number') {
    const [lat, lon] = [venue.latitude, venue.longitude]
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`
  }
  const query = [venue.address, venue.address?.includes(venue.city ?? '\u0000') ? null : venue.city]
    .filter(Boolean)
    .join(', ')
  return query ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}` : null
}

/** The places of an event, each once: its venues, then any other a screening names. */
export const venuesOfEvent = <V extends Venue>(
  eventVenues: V[],
  screeningVenues: (V | null | undefined)[],
) => {
  const seen = new Set<string>()
  return [...eventVenues, ...screeningVenues].filter((venue): venue is V => {
    const key = venue?.name?.trim().toLowerCase()
    if (!key || seen.has(key)) return false
    seen.add(key)
    return true
  })
}
