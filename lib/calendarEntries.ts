import { absoluteURL } from './alternates'
import { countryName } from './countries'
import type { CalendarEntry } from './ics'
import type { Locale } from './locales'

type EventLike = {
  id: number | string
  slug?: string | null
  title?: string | null
  summary?: string | null
  startsOn: string
  endsOn?: string | null
  city?: string | null
  country: string
  updatedAt?: string
}
type ScreeningLike = {
  id: number | string
  startsAt: string
  status?: string | null
  updatedAt?: string
  film?: unknown
  venue?: { name?: string | null; address?: string | null; city?: string | null } | null
}

const host = () => new URL(absoluteURL('/')).host
const eventURL = (locale: Locale, event: EventLike) => absoluteURL(`/${locale}/events/${event.slug}`)

export const eventEntry = (locale: Locale, event: EventLike): CalendarEntry => ({
  uid: `event-${event.id}@${host()}`,
  title: event.title ?? '',
  firstDay: event.startsOn.slice(0, 10),
  lastDay: (event.endsOn ?? event.startsOn).slice(0, 10),
  description: event.summary ?? undefined,
  location: `${event.city}, ${countryName(event.country, locale)}`,
  url: eventURL(locale, event),
  updatedAt: event.updatedAt,
})

/** A screening lasts as long as its film, or two hours when the runtime is not known. */
export const screeningEntry = (locale: Locale, event: EventLike, screening: ScreeningLike): CalendarEntry => {
  const film = (screening.film && typeof screening.film === 'object' ? screening.film : {}) as {
    title?: string
    runtime?: number
  }
  const minutes = film.runtime ?? 120
  const venue = screening.venue
  return {
    uid: `screening-${screening.id}@${host()}`,
    title: film.title ? `${film.title} — ${event.title}` : (event.title ?? ''),
    startsAt: screening.startsAt,
    endsAt: new Date(Date.parse(screening.startsAt) + minutes * 60_000).toISOString(),
    location: [venue?.name, venue?.address, venue?.city ?? event.city, countryName(event.country, locale)]
      .filter(Boolean)
      .join(', '),
    url: eventURL(locale, event),
    cancelled: screening.status === 'cancelled',
    updatedAt: screening.updatedAt,
  }
}
