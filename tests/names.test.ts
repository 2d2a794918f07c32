import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formFromReport, reportDataFromForm } from '../lib/reportForm'
import { context, rejection, startPayload } from './helpers/payload'

type Doc = Record<string, any>

describe('names in every script', () => {
  let payload: Payload
  let film: Doc

  beforeAll(async () => {
    payload = await startPayload()
    film = await payload.create({
      collection: 'films',
      locale: 'en',
      context,
      data: {
        title: 'Road to Mother (names test)',
        directors: ['Akan Satayev'],
        cast: [{ name: 'Aliya Anuarbek', character: 'Zere' }],
        rightsHolder: 'Satai Film',
        awards: [{ festival: 'WeLink International Film Festival', award: 'Best film', result: 'won' }],
      },
    })
    // The Russian side, written in Cyrillic on the same rows; Kazakh is left to fall back.
    await payload.update({
      collection: 'films',
      id: film.id,
      locale: 'ru',
      context,
      data: {
        directors: ['Акан Сатаев'],
        cast: [{ id: film.cast[0].id, name: 'Алия Ануарбек', character: 'Зере' }],
        rightsHolder: 'Сатай Фильм',
        awards: [{ id: film.awards[0].id, festival: 'Кинофестиваль WeLink', award: 'Лучший фильм' }],
      },
    })
  })

  afterAll(() => payload?.destroy())

  const readIn = (locale: 'kk' | 'ru' | 'en') =>
    payload.findByID({ collection: 'films', id: film.id, locale, depth: 0 }) as Promise<Doc>

  it('reads a film’s names in Latin letters in English and in Cyrillic in Russian', async () => {
    const [en, ru] = [await readIn('en'), await readIn('ru')]
    expect([en.directors, en.cast[0].name, en.rightsHolder, en.awards[0].festival]).toEqual([
      ['Akan Satayev'],
      'Aliya Anuarbek',
      'Satai Film',
      'WeLink International Film Festival',
    ])
    expect([ru.directors, ru.cast[0].name, ru.rightsHolder, ru.awards[0].festival]).toEqual([
      ['Акан Сатаев'],
      'Алия Ануарбек',
      'Сатай Фильм',
      'Кинофестиваль WeLink',
    ])
  })

  it('gives a Kazakh reader the Russian spelling where no Kazakh one is written, never a blank', async () => {
    const kk = await readIn('kk')
    expect(kk.directors).toEqual(['Акан Сатаев'])
    expect(kk.cast[0].name).toBe('Алия Ануарбек')
    expect(kk.rightsHolder).toBe('Сатай Фильм')
  })

  it('saves the Kazakh side of a film whose cast is named in other languages only', async () => {
    const saved = (await payload.update({
      collection: 'films',
      id: film.id,
      locale: 'kk',
      context,
      // The award's own name is prose, required in every language a film is saved in.
      data: {
        cast: [{ id: film.cast[0].id, name: '', character: 'Зере' }],
        awards: [{ id: film.awards[0].id, award: 'Үздік фильм' }],
      },
    })) as Doc
    expect(saved.cast[0].character).toBe('Зере')
    const all = (await payload.findByID({ collection: 'films', id: film.id, locale: 'all', depth: 0 })) as Doc
    expect(all.cast[0].name).toMatchObject({ en: 'Aliya Anuarbek', ru: 'Алия Ануарбек' })
  })

  it('refuses a cast member without a name in any language', async () => {
    const refused = await rejection(
      payload.update({
        collection: 'films',
        id: film.id,
        locale: 'kk',
        context,
        data: { cast: [{ name: '', character: 'Ана' }] },
      }),
    )
    expect(refused.paths).toContain('cast.0.name')
  })

  it('keeps the other languages’ names of a report’s rows through a portal save in one language', async () => {
    const embassy = await payload.create({
      collection: 'embassies',
      context,
      data: { name: 'Embassy (names test)', country: 'BE', city: 'Brussels', timezone: 'Europe/Brussels' },
    })
    const event = await payload.create({
      collection: 'events',
      context,
      data: {
        title: 'Days of Kazakh Cinema (names test)',
        type: 'film_days',
        startsOn: '2026-04-01T12:00:00.000Z',
        timezone: 'Europe/Brussels',
        country: 'BE',
        city: 'Brussels',
        organisingEmbassy: embassy.id,
        _status: 'published',
      },
    })
    const report = (await payload.create({
      collection: 'reports',
      locale: 'en',
      context,
      data: {
        title: 'Report (names test)',
        embassy: embassy.id,
        event: event.id,
        partners: [{ name: 'Kazakhfilm', role: 'studio' }],
      },
    })) as Doc
    const russian = (await payload.findByID({
      collection: 'reports',
      id: report.id,
      locale: 'ru',
      fallbackLocale: false,
      depth: 0,
    })) as Doc
    const form = formFromReport(russian as never)
    form.partners[0].name = 'Казахфильм'
    await payload.update({
      collection: 'reports',
      id: report.id,
      locale: 'ru',
      context,
      data: reportDataFromForm(form),
    })
    const all = (await payload.findByID({
      collection: 'reports',
      id: report.id,
      locale: 'all',
      depth: 0,
    })) as Doc
    expect(all.partners[0].name).toMatchObject({ en: 'Kazakhfilm', ru: 'Казахфильм' })

    // A screening's admin label keeps the English venue name when the venue is renamed in Russian.
    await payload.update({
      collection: 'films',
      id: film.id,
      locale: 'en',
      context,
      data: { screeningRights: [{ territories: ['worldwide'], validFrom: '2020-01-01T12:00:00.000Z' }] },
    })
    const screening = (await payload.create({
      collection: 'screenings',
      locale: 'en',
      context,
      data: {
        event: event.id,
        film: film.id,
        startsAt: '2026-04-01T18:00:00.000Z',
        venue: { name: 'Cinéma Galeries' },
        status: 'scheduled',
      },
    })) as Doc
    const renamed = (await payload.update({
      collection: 'screenings',
      id: screening.id,
      locale: 'ru',
      context,
      data: { venue: { name: 'Кинотеатр Cinéma Galeries' } },
    })) as Doc
    expect(renamed.venue.name).toBe('Кинотеатр Cinéma Galeries')
    expect(renamed.label).toContain('Cinéma Galeries')
    expect(renamed.label).not.toContain('Кинотеатр')
  })
})
