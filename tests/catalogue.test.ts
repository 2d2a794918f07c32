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

beforeAll(async () => {
  payload = await startPayload()
  // Five years of films, five of each; every other one a drama.
  for (const year of [2001, 2002, 2003, 2004, 2005])
    for (let index = 0; index < 5; index++)
      await createFilm(year, index, index % 2 === 0 ? 'drama' : 'comedy')
  // Published events in 2019 and 2022; a draft far away in time and place must not show.
  await createEvent('BE', '2019-03-01T12:00:00.000Z', true)
  await createEvent('FR', '2022-09-01T12:00:00.000Z', true)
  await createEvent('JP', '2030-01-10T12:00:00.000Z', false)
})
afterAll(() => payload.destroy())

describe('the film catalogue', () => {
  it('reads a page at a time, newest first, and every film is on exactly one page', async () => {
    const perPage = 7
    const first = await queryFilms.uncached('en', {}, perPage)
    expect(first.docs).toHaveLength(perPage)
    expect(first.totalDocs).toBe(films.length)
    expect(first.totalPages).toBe(Math.ceil(films.length / perPage))
    const pages = [first]
    for (let page = 2; page <= first.totalPages; page++)
      pages.push(await queryFilms.uncached('en', { page }, perPage))
    const expected = [...films]
      .sort((a, b) => b.year - a.year || a.title.localeCompare(b.title))
      .map((film) => film.id)
    expect(pages.flatMap((page) => page.docs.map((doc) => doc.id))).toEqual(expected)
  })

  it('filters before it pages, so the count is of what the filter keeps', async () => {
    const dramas = await queryFilms.uncached('en', { genre: 'drama' }, 4)
    expect(dramas.totalDocs).toBe(15)
    expect(dramas.totalPages).toBe(4)
    expect(dramas.docs.every((doc) => doc.genres?.includes('drama'))).toBe(true)
  })

  it('answers a page past the last with no films', async () => {
    const past = await queryFilms.uncached('en', { page: 50 }, 24)
    expect(past.docs).toEqual([])
  })

  it('offers as years the distinct years of the films, newest first', async () =>
    expect(await queryFilmYears.uncached()).toEqual([2005, 2004, 2003, 2002, 2001]))
})

describe('the events list’s filters', () => {
  it('offer the countries of published events only, each once', async () => {
    const { countries } = await queryEventFacets.uncached()
    expect(countries).toEqual(['BE', 'FR'])
  })

  it('offer every year from the first published event to the last, newest first', async () => {
    const { years } = await queryEventFacets.uncached()
    expect(years).toEqual([2022, 2021, 2020, 2019])
  })

  it('page the events list with the same count the pages show', async () => {
    const result = await queryEvents.uncached('en', { page: 1 }, 1)
    expect(result.totalDocs).toBe(2)
    expect(result.totalPages).toBe(2)
    expect(result.docs.map((doc) => doc.country)).toEqual(['FR'])
  })
})
