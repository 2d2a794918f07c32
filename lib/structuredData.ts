import { TZDate } from '@date-fns/tz'
import type { Event, Film, Report, Screening as StoredScreening } from '../payload-types'

/** A screening as the event page reads it: without its event (the page has it already). */
type Screening = Omit<StoredScreening, 'event' | 'film'> & { film: unknown }
import { absoluteURL } from './alternates'
import { countryName } from './countries'
import type { Locale } from './locales'
import { relation } from './relation'
import { reporterName } from './reporter'
import { siteText } from './siteText'

// schema.org data for the public pages, shaped as Google's Event, Movie and Article guidance asks
// (developers.google.com/search/docs/appearance/structured-data/{event,movie,article}).

type Picture = { src: string } | null | undefined

/** An instant as the venue's clock shows it, with its UTC offset: 2026-05-14T19:00:00+02:00. */
export const atVenue = (instant: string, timeZone: string) =>
  new TZDate(new Date(instant).getTime(), timeZone).toISOString().replace(/\.\d{3}(?=[+-]|Z)/, '')

const statusOf: Record<Screening['status'], string> = {
  scheduled: 'https://schema.org/EventScheduled',
  held: 'https://schema.org/EventScheduled',
  postponed: 'https://schema.org/EventPostponed',
  cancelled: 'https://schema.org/EventCancelled',
}

const offline = 'https://schema.org/OfflineEventAttendanceMode'

type Venue = { name?: string | null; address?: string | null; city?: string | null }

/** A venue as a Place with its postal address; the event's city and country where it names none. */
const placeOf = (
  venue: Venue | null | undefined,
  event: Pick<Event, 'city' | 'country'>,
  locale: Locale,
) => ({
  '@type': 'Place',
  name: venue?.name || `${venue?.city || event.city}, ${countryName(event.country, locale)}`,
  address: {
    '@type': 'PostalAddress',
    ...(venue?.address ? { streetAddress: venue.address } : {}),
    addressLocality: venue?.city || event.city,
    addressCountry: event.country,
  },
})

/** Tickets or registration, where the screening links them; a price only when admission is free. */
const offerOf = (screening: Screening, url: string, timeZone: string) =>
  screening.ticketUrl && (screening.status === 'scheduled' || screening.status === 'postponed')
    ? {
        '@type': 'Offer',
        url: screening.ticketUrl,
        availability: 'https://schema.org/InStock',
        validThrough: atVenue(screening.startsAt, timeZone),
      }
    : screening.admission === 'free' && screening.status === 'scheduled'
      ? { '@type': 'Offer', url, price: 0, availability: 'https://schema.org/InStock' }
      : undefined

type FilmShown = { title?: string | null; slug?: string | null; runtime?: number | null }

/** The event, its venues and its schedule: each screening a ScreeningEvent with its own time. */
export function eventJsonLd({
  event,
  screenings,
  locale,
  image,
}: {
  event: Event
  screenings: Screening[]
  locale: Locale
  image?: Picture
}) {
  const url = absoluteURL(`/${locale}/events/${event.slug}`)
  const zoneOf = (screening: Screening) => screening.startsAt_tz ?? event.timezone
  const endOf = (screening: Screening) => {
    const runtime = relation<FilmShown>(screening.film)?.runtime
    return runtime ? new Date(new Date(screening.startsAt).getTime() + runtime * 60_000).toISOString() : null
  }
  const timed = screenings.filter((screening) => screening.status !== 'cancelled')
  const first = timed[0]
  const last = timed.at(-1)
  const lastEnd = last ? endOf(last) : null
  const embassy = relation<{ name?: string | null }>(event.organisingEmbassy)
  const venues = (event.venues ?? []).filter((venue) => venue.name)
  const allCancelled = screenings.length > 0 && timed.length === 0
  const offers = screenings.map((screening) => offerOf(screening, url, zoneOf(screening))).filter(Boolean)
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary ?? undefined,
    url,
    inLanguage: locale,
    // The first screening's time with its offset; the day alone when no screening is announced.
    startDate: first ? atVenue(first.startsAt, zoneOf(first)) : event.startsOn.slice(0, 10),
    endDate: last && lastEnd ? atVenue(lastEnd, zoneOf(last)) : (event.endsOn ?? event.startsOn).slice(0, 10),
    eventStatus: allCancelled ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: offline,
    location:
      venues.length > 1
        ? venues.map((venue) => placeOf(venue, event, locale))
        : placeOf(venues[0] ?? screenings[0]?.venue, event, locale),
    image: image ? [absoluteURL(image.src)] : undefined,
    organizer: embassy?.name
      ? { '@type': 'Organization', name: embassy.name, url: absoluteURL(`/${locale}`) }
      : undefined,
    isAccessibleForFree:
      screenings.length > 0 && screenings.every((s) => s.admission === 'free') ? true : undefined,
    offers: offers.length > 0 ? offers : undefined,
    subEvent: screenings.map((screening) => {
      const film = relation<FilmShown>(screening.film)
      const end = endOf(screening)
      return {
        '@type': 'ScreeningEvent',
        name: film?.title ?? event.title,
        startDate: atVenue(screening.startsAt, zoneOf(screening)),
        endDate: end ? atVenue(end, zoneOf(screening)) : undefined,
        eventStatus: statusOf[screening.status],
        eventAttendanceMode: offline,
        location: placeOf(screening.venue, event, locale),
        workPresented: film?.title
          ? {
              '@type': 'Movie',
              name: film.title,
              url: film.slug ? absoluteURL(`/${locale}/films/${film.slug}`) : undefined,
            }
          : undefined,
        inLanguage: screening.language ?? undefined,
        subtitleLanguage: screening.subtitles?.length ? screening.subtitles : undefined,
        offers: offerOf(screening, url, zoneOf(screening)),
      }
    }),
  }
}

/** A film as a Movie: its directors as people, its poster, the year it was made. */
export function filmJsonLd({
  film,
  locale,
  description,
  directors,
}: {
  film: Film
  locale: Locale
  description?: string
  /** The directors' names as the page shows them (in the reader's script). */
  directors: string[]
}) {
  const poster = relation<{ url?: string | null }>(film.poster)?.url
  return {
    '@context': 'https://schema.org',
    '@type': 'Movie',
    name: film.title,
    alternateName: film.originalTitle && film.originalTitle !== film.title ? film.originalTitle : undefined,
    url: absoluteURL(`/${locale}/films/${film.slug}`),
    // The poster as uploaded, in its own proportions (Google asks for a poster, 6:9), not a crop.
    image: poster ? absoluteURL(new URL(poster, 'http://localhost').pathname) : undefined,
    dateCreated: film.year ? String(film.year) : undefined,
    director: directors.map((name) => ({ '@type': 'Person', name })),
    actor: (film.cast ?? []).map((member) => ({ '@type': 'Person', name: member.name })),
    duration: film.runtime ? `PT${film.runtime}M` : undefined,
    countryOfOrigin: (film.productionCountries ?? []).map((code) => ({
      '@type': 'Country',
      name: countryName(code, locale),
    })),
    inLanguage: film.spokenLanguages?.length ? film.spokenLanguages : undefined,
    description: description || undefined,
  }
}

/**
 * A published report as an Article: written by the embassy (or by the ministry itself, in its name
 * or its delegation's), published by the ministry.
 */
export function reportJsonLd({
  report,
  locale,
  images,
  description,
}: {
  report: Report
  locale: Locale
  images: Picture[]
  description?: string
}) {
  const text = siteText(locale)
  const author = reporterName(report, text.publisherName)
  const url = absoluteURL(`/${locale}/reports/${report.slug}`)
  const headline = report.title ?? ''
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    // Google shows at most 110 characters of a headline.
    headline: headline.length > 110 ? `${headline.slice(0, 109)}…` : headline,
    url,
    mainEntityOfPage: url,
    inLanguage: locale,
    image: images
      .filter((image): image is { src: string } => Boolean(image))
      .map((image) => absoluteURL(image.src)),
    datePublished: report.publishedAt ?? undefined,
    dateModified: report.updatedAt,
    author: author ? [{ '@type': 'Organization', name: author }] : undefined,
    publisher: {
      '@type': 'Organization',
      name: text.publisherName,
      url: absoluteURL(`/${locale}`),
      logo: { '@type': 'ImageObject', url: absoluteURL('/apple-icon.png'), width: 180, height: 180 },
    },
    description: description || undefined,
  }
}
