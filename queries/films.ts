import type { Where } from 'payload'
import { cacheTag } from '@/lib/cacheTags'
import type { Locale } from '@/lib/locales'
import { cachedQuery } from './cachedQuery'
import { imageFields } from './payload'
import { distinctPublished, findOnePublished, findPublished, publishedSlugs } from './published'

export type FilmFilters = {
  genre?: string
  year?: number
  language?: string
  subtitles?: string
  page?: number
}

/** Films a catalogue page shows: six rows of four. */
export const filmsPerPage = 24

const filterWhere = ({ genre, year, language, subtitles }: FilmFilters): Where => {
  const and: Where[] = []
  if (genre) and.push({ genres: { in: [genre] } })
  if (year) and.push({ year: { equals: year } })
  if (language) and.push({ spokenLanguages: { in: [language] } })
  if (subtitles) and.push({ subtitleLanguages: { in: [subtitles] } })
  return { and }
}

/** One page of the catalogue, filtered as the reader asked, newest first. */
export const queryFilms = cachedQuery(
  'films',
  async (locale: Locale, filters: FilmFilters, limit: number = filmsPerPage) =>
    findPublished({
      collection: 'films',
      locale,
      depth: 1,
      limit,
      page: filters.page ?? 1,
      // `title` breaks ties, so a film never moves between pages of the same year.
      sort: ['-year', 'title'],
      where: filterWhere(filters),
      select: {
        title: true,
        slug: true,
        year: true,
        directors: true,
        genres: true,
        poster: true,
        runtime: true,
      },
      populate: { media: imageFields },
    }),
  // Filters are the reader's to combine: kept in memory only (config/cacheHandler.mjs).
  () => [cacheTag.films, cacheTag.readerShaped],
)

/** The years the catalogue's films were made, newest first: the year filter's choices. */
export const queryFilmYears = cachedQuery(
  'film-years',
  async () => {
    // At most one a year since 1895: the field's validation bounds the answer (collections/Films.ts).
    const years = await distinctPublished({ collection: 'films', field: 'year', sort: '-year' })
    return years.filter((year): year is number => typeof year === 'number')
  },
  () => [cacheTag.films],
)

export const queryFilmBySlug = cachedQuery(
  'film',
  async (locale: Locale, slug: string) =>
    findOnePublished(
      {
        collection: 'films',
        locale,
        depth: 1,
        where: { slug: { equals: slug } },
        populate: { media: imageFields },
      },
      { previewOf: { collection: 'films', slug } },
    ),
  (_locale, slug) => [cacheTag.filmPage(slug)],
)

/** Every published event that showed the film, latest first. */
export const queryEventsOfFilm = cachedQuery(
  'events-of-film',
  async (locale: Locale, filmID: number | string) => {
    const { docs } = await findPublished({
      collection: 'events',
      locale,
      depth: 0,
      pagination: false,
      sort: '-startsOn',
      where: { films: { in: [filmID] } },
      select: { title: true, slug: true, startsOn: true, endsOn: true, city: true, country: true },
    })
    return docs
  },
  (_locale, filmID) => [cacheTag.eventsOfFilm(filmID)],
)

/**
 * What the build prerenders: the latest few dozen films (the catalogue's newest, on the home page).
 * Every other film is rendered on its first request and kept.
 */
export const queryPrerenderedFilmSlugs = (latest = 24) => publishedSlugs('films', { latest, sort: '-year' })

/** The newest films with a poster: the home page's four. */
export const queryFeaturedFilms = cachedQuery(
  'featured-films',
  async (locale: Locale, limit: number) => {
    const { docs } = await findPublished({
      collection: 'films',
      locale,
      depth: 1,
      limit,
      sort: '-year',
      where: { poster: { exists: true } },
      select: { title: true, slug: true, year: true, poster: true, runtime: true },
      populate: { media: imageFields },
    })
    return docs
  },
  () => [cacheTag.films],
)

/**
 * A film's screenings still to come at published events, soonest first, with their event: the
 * film page's "where to see it". Read from the start of today (UTC), so the cached answer holds all
 * day; the page drops those that have begun.
 */
export const queryUpcomingScreeningsOfFilm = cachedQuery(
  'upcoming-screenings-of-film',
  async (locale: Locale, filmID: number | string) => {
    const { docs } = await findPublished({
      collection: 'screenings',
      locale,
      depth: 1,
      // The soonest 20, and no count of the rest: the page numbers nothing (one statement fewer).
      limit: 20,
      pagination: false,
      sort: 'startsAt',
      where: {
        and: [
          { film: { equals: filmID } },
          { startsAt: { greater_than_equal: `${new Date().toISOString().slice(0, 10)}T00:00:00.000Z` } },
          { status: { not_equals: 'cancelled' } },
        ],
      },
      select: { startsAt: true, startsAt_tz: true, event: true, venue: true, status: true },
      populate: { events: { title: true, slug: true, city: true, country: true, timezone: true } },
    })
    return docs
  },
  (_locale, filmID) => [cacheTag.screeningsOfFilm(filmID)],
)
