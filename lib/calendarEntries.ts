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

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Whether `words` stand in `text` as whole words, in any script and case ("Bern" is not in "Bernstein"). */
const containsWords = (text: string, words: string) =>
  new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(words)}($|[^\\p{L}\\p{N}])`, 'iu').test(text)

/**
 * A place as one line, each part once: an address often ends with its city ("Rue Ravenstein 23,
 * 1000 Brussels"), so a city or country already written in an earlier part is not repeated.
 */
export const placeLine = (parts: (string | null | undefined)[]) =>
  parts
    .map((part) => part?.trim())
    .filter((part): part is string => Boolean(part))
    .filter((part, index, all) => !all.slice(0, index).some((earlier) => containsWords(earlier, part)))
    .join(', ')

const host = () => new URL(absoluteURL('/')).host
const eventURL = (locale: Locale, event: EventLike) => absoluteURL(`/${locale}/events/${event.slug}`)

export const eventEntry = (locale: Locale, event: EventLike): CalendarEntry => ({
  uid: `event-${event.id}@${host()}`,
  title: event.title ?? '',
  firstDay: event.startsOn.slice(0, 10),
  lastDay: (event.endsOn ?? event.startsOn).slice(0, 10),
  description: event.summary ?? undefined,
  location: placeLine([event.city, countryName(event.country, locale)]),
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
    location: placeLine([
      venue?.name,
      venue?.address,
      venue?.city ?? event.city,
      countryName(event.country, locale),
    ]),
    url: eventURL(locale, event),
    cancelled: screening.status === 'cancelled',
    updatedAt: screening.updatedAt,
  }
}
