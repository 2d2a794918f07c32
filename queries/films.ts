import { cache } from 'react'
import type { Where } from 'payload'
import type { Locale } from '@/lib/locales'
import { cms, imageFields } from './payload'

export type FilmFilters = { genre?: string; year?: number; language?: string; subtitles?: string }

export const queryFilms = cache(async (locale: Locale, { genre, year, language, subtitles }: FilmFilters) => {
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
})

export const queryFilmBySlug = cache(async (locale: Locale, slug: string) => {
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
})

/** Every published event that showed the film, latest first. */
export const queryEventsOfFilm = cache(async (locale: Locale, filmID: number | string) => {
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
})

export const queryFilmSlugs = async () => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'films',
    overrideAccess: false,
    depth: 0,
    pagination: false,
    select: { slug: true },
  })
  return docs.map((doc) => doc.slug).filter((slug): slug is string => Boolean(slug))
}
