// The public lists on a real database: the film catalogue a page at a time, and the filters'
// choices read by the database (findDistinct, bounded queries) with the access rules on.
import type { Payload } from 'payload'
import type { Event, Film } from '../payload-types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryEventFacets, queryEvents } from '../queries/events'
import { queryFilms, queryFilmYears } from '../queries/films'
import { context, startPayload } from './helpers/payload'

let payload: Payload
const films: { id: number | string; year: number; title: string }[] = []

const createFilm = async (year: number, index: number, genre: NonNullable<Film['genres']>[number]) => {
  const title = `Catalogue ${year} ${String(index).padStart(2, '0')}`
  const film = await payload.create({
    collection: 'films',
    context,
    data: { title, year, genres: [genre] },
  })
  films.push({ id: film.id, year, title })
}

const createEvent = (country: Event['country'], startsOn: string, published: boolean) =>
  payload.create({
    collection: 'events',
    context,
    draft: !published,
    data: {
      title: `Facets ${country} ${startsOn.slice(0, 4)}`,
      type: 'festival',
      startsOn,
      timezone: 'Europe/Paris',
      country,
      city: 'City',
      _status: published ? 'published' : 'draft',
    },
  })

// The suite's database holds what earlier test files wrote: this file's films and events use years
// and a country no other file does, and every assertion is about them.
const year = 1897
beforeAll(async () => {
  payload = await startPayload()
  // 25 films of one year, every other one a drama, and one film two years on.
  for (let index = 0; index < 25; index++) await createFilm(year, index, index % 2 === 0 ? 'drama' : 'comedy')
  await createFilm(year + 2, 0, 'war')
  // Published events in Nauru (no other test file uses it) at both ends of the dates the site takes; drafts beyond them.
  await createEvent('NR', '1901-03-01T12:00:00.000Z', true)
  await createEvent('NR', '2098-09-01T12:00:00.000Z', true)
  await createEvent('NR', '1899-01-10T12:00:00.000Z', false)
  await createEvent('AQ', '2099-01-10T12:00:00.000Z', false)
})
afterAll(() => payload.destroy())

describe('the film catalogue', () => {
  it('reads a page at a time, newest first, and every film is on exactly one page', async () => {
    const perPage = 7
    const ofYear = films.filter((film) => film.year === year)
    const first = await queryFilms.uncached('en', { year }, perPage)
    expect(first.docs).toHaveLength(perPage)
    expect(first.totalDocs).toBe(ofYear.length)
    expect(first.totalPages).toBe(Math.ceil(ofYear.length / perPage))
    const pages = [first]
    for (let page = 2; page <= first.totalPages; page++)
      pages.push(await queryFilms.uncached('en', { year, page }, perPage))
    const expected = [...ofYear].sort((a, b) => a.title.localeCompare(b.title)).map((film) => film.id)
    expect(pages.flatMap((page) => page.docs.map((doc) => doc.id))).toEqual(expected)
  })

  it('filters before it pages, so the count is of what the filter keeps', async () => {
    const dramas = await queryFilms.uncached('en', { year, genre: 'drama' }, 4)
    expect(dramas.totalDocs).toBe(13)
    expect(dramas.totalPages).toBe(4)
    expect(dramas.docs.every((doc) => doc.genres?.includes('drama'))).toBe(true)
  })

  it('answers a page past the last with no films', async () => {
    const past = await queryFilms.uncached('en', { year, page: 50 }, 24)
    expect(past.docs).toEqual([])
  })

  it('offers as years the distinct years of the films, newest first, each once', async () => {
    const years = await queryFilmYears.uncached()
    expect(years.filter((each) => each < 1900)).toEqual([year + 2, year])
    expect(years).toEqual([...new Set(years)].sort((a, b) => b - a))
  })
})

describe('the events list’s filters', () => {
  it('offer the countries of published events only, each once, in order', async () => {
    const { countries } = await queryEventFacets.uncached()
    expect(countries).toContain('NR')
    expect(countries).not.toContain('AQ')
    expect(countries).toEqual([...new Set(countries)].sort())
  })

  it('offer every year from the first published event to the last, newest first', async () => {
    const { years } = await queryEventFacets.uncached()
    expect(years[0]).toBe(2098)
    expect(years.at(-1)).toBe(1901)
    expect(years).toHaveLength(2098 - 1901 + 1)
  })

  it('page the events list with the same count the pages show', async () => {
    const result = await queryEvents.uncached('en', { country: 'NR', page: 1 }, 1)
    expect(result.totalDocs).toBe(2)
    expect(result.totalPages).toBe(2)
    expect(result.docs.map((doc) => doc.startsOn.slice(0, 4))).toEqual(['2098'])
  })
})
