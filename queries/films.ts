import type { Where } from 'payload'
import { cacheTag } from '@/lib/cacheTags'
import type { Locale } from '@/lib/locales'
import { cachedQuery } from './cachedQuery'
import { cms, imageFields } from './payload'

export type FilmFilters = { genre?: string; year?: number; language?: string; subtitles?: string }

export const queryFilms = cachedQuery(
  'films',
  async (locale: Locale, { genre, year, language, subtitles }: FilmFilters) => {
    const and: Where[] = []
    if (genre) and.push({ genres: { in: [genre] } })
    if (year) and.push({ year: { equals: year } })
    if (language) and.push({ spokenLanguages: { in: [language] } })
    if (subtitles) and.push({ subtitleLanguages: { in: [subtitles] } })
    const payload = await cms()
    const { docs } = await payload.find({
      collection: 'films',
      locale,
      overrideAccess: false,
      depth: 1,
      pagination: false,
      sort: '-year',
      where: { and },
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
    })
    return docs
  },
  () => [cacheTag.films],
)

export const queryFilmBySlug = cachedQuery(
  'film',
  async (locale: Locale, slug: string) => {
    const payload = await cms()
    const { docs } = await payload.find({
      collection: 'films',
      locale,
      overrideAccess: false,
      depth: 1,
      limit: 1,
      where: { slug: { equals: slug } },
      populate: { media: imageFields },
    })
    return docs[0] ?? null
  },
  (_locale, slug) => [cacheTag.filmPage(slug)],
)

/** Every published event that showed the film, latest first. */
export const queryEventsOfFilm = cachedQuery(
  'events-of-film',
  async (locale: Locale, filmID: number | string) => {
    const payload = await cms()
    const { docs } = await payload.find({
      collection: 'events',
      locale,
      overrideAccess: false,
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

/** Every film's slug: the site map. */
export const queryFilmSlugs = cachedQuery(
  'film-slugs',
  async () => {
    const payload = await cms()
    const { docs } = await payload.find({
      collection: 'films',
      overrideAccess: false,
      depth: 0,
      pagination: false,
      select: { slug: true },
    })
    return docs.map((doc) => doc.slug).filter((slug): slug is string => Boolean(slug))
  },
  () => [cacheTag.films],
)

/**
 * What the build prerenders: the latest few dozen films (the catalogue's newest, on the home page).
 * Every other film is rendered on its first request and kept.
 */
export const queryPrerenderedFilmSlugs = async (latest = 24) => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'films',
    overrideAccess: false,
    depth: 0,
    limit: latest,
    sort: '-year',
    select: { slug: true },
  })
  return docs.map((doc) => doc.slug).filter((slug): slug is string => Boolean(slug))
}

/** The newest films with a poster: the home page's four. */
export const queryFeaturedFilms = cachedQuery(
  'featured-films',
  async (locale: Locale, limit: number) => {
    const payload = await cms()
    const { docs } = await payload.find({
      collection: 'films',
      locale,
      overrideAccess: false,
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
