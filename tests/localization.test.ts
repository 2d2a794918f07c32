import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { plainFromRichText, richTextFromPlain } from '../lib/richText'
import { isTranslated, queryIsTranslated } from '../queries/translation'
import { context, startPayload } from './helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(() => payload.destroy())

describe('content in Kazakh, Russian and English', () => {
  it('keeps each language’s title and synopsis apart and returns them by locale', async () => {
    const film = await payload.create({
      collection: 'films',
      locale: 'en',
      context,
      data: { title: 'Road to Mother', synopsis: richTextFromPlain('A mother’s love.') },
    })
    await payload.update({
      collection: 'films',
      id: film.id,
      locale: 'ru',
      context,
      data: { title: 'Дорога к матери', synopsis: richTextFromPlain('Материнская любовь.') },
    })
    await payload.update({
      collection: 'films',
      id: film.id,
      locale: 'kk',
      context,
      data: { title: 'Анаға апарар жол', synopsis: richTextFromPlain('Ана махаббаты.') },
    })

    const read = (locale: 'kk' | 'ru' | 'en') =>
      payload.findByID({ collection: 'films', id: film.id, locale })
    expect((await read('kk')).title).toBe('Анаға апарар жол')
    expect((await read('ru')).title).toBe('Дорога к матери')
    expect((await read('en')).title).toBe('Road to Mother')
    expect(plainFromRichText((await read('kk')).synopsis)).toBe('Ана махаббаты.')
    expect(plainFromRichText((await read('ru')).synopsis)).toBe('Материнская любовь.')
  })

  it('returns every language at once with locale “all”', async () => {
    const embassy = await payload.create({
      collection: 'embassies',
      locale: 'en',
      context,
      data: { name: 'Embassy in Belgium', country: 'BE', city: 'Brussels', timezone: 'Europe/Brussels' },
    })
    await payload.update({
      collection: 'embassies',
      id: embassy.id,
      locale: 'kk',
      context,
      data: { name: 'Бельгиядағы елшілік', city: 'Брюссель' },
    })
    const all = await payload.findByID({ collection: 'embassies', id: embassy.id, locale: 'all' })
    expect(all.name).toEqual({ en: 'Embassy in Belgium', kk: 'Бельгиядағы елшілік' })
  })

  it('falls back to English where a language has no text yet', async () => {
    const film = await payload.create({
      collection: 'films',
      locale: 'en',
      context,
      data: { title: 'Only in English' },
    })
    expect((await payload.findByID({ collection: 'films', id: film.id, locale: 'kk' })).title).toBe(
      'Only in English',
    )
    expect(
      (await payload.findByID({ collection: 'films', id: film.id, locale: 'kk', fallbackLocale: false }))
        .title ?? null,
    ).toBeNull()
  })

  it('keeps localized names inside lists attached to their rows across languages', async () => {
    const event = await payload.create({
      collection: 'events',
      locale: 'en',
      context,
      data: {
        title: 'Film days',
        type: 'film_days',
        startsOn: '2026-05-01T12:00:00.000Z',
        timezone: 'Europe/Paris',
        country: 'FR',
        city: 'Paris',
        partners: [{ name: 'Kazakhfilm', role: 'studio' }],
      },
    })
    await payload.update({
      collection: 'events',
      id: event.id,
      locale: 'kk',
      context,
      data: { partners: [{ id: event.partners![0].id, name: 'Қазақфильм', role: 'studio' }] },
    })
    const all = await payload.findByID({ collection: 'events', id: event.id, locale: 'all', draft: true })
    expect((all.partners as any)[0].name).toEqual({ en: 'Kazakhfilm', kk: 'Қазақфильм' })
  })
})

describe('saving in one language leaves the others alone', () => {
  it('a screening saved in Kazakh keeps the guest’s Kazakh role, though its checks read the film in English', async () => {
    const event = await payload.create({
      collection: 'events',
      context,
      data: {
        title: 'Days',
        type: 'film_days',
        startsOn: '2026-05-01T12:00:00.000Z',
        timezone: 'Europe/Paris',
        country: 'FR',
        city: 'Paris',
        _status: 'published',
      },
    })
    const film = await payload.create({
      collection: 'films',
      context,
      data: {
        title: 'Film',
        screeningRights: [{ territories: ['worldwide'], validFrom: '2020-01-01T12:00:00.000Z' }],
      },
    })
    const screening = await payload.create({
      collection: 'screenings',
      locale: 'en',
      context,
      data: {
        event: event.id,
        film: film.id,
        startsAt: '2026-05-01T18:00:00.000Z',
        venue: { name: 'Hall' },
        status: 'scheduled',
        guests: [{ name: 'Aliya Anuarbek', role: 'Lead actress' }],
      },
    })
    await payload.update({
      collection: 'screenings',
      id: screening.id,
      locale: 'kk',
      context,
      data: {
        guests: [{ id: screening.guests![0].id, name: 'Aliya Anuarbek', role: 'Басты рөлдегі актриса' }],
      },
    })
    const all = await payload.findByID({ collection: 'screenings', id: screening.id, locale: 'all' })
    expect((all.guests as any)[0].role).toEqual({ en: 'Lead actress', kk: 'Басты рөлдегі актриса' })
  })
})

describe('required text in at least one language', () => {
  it('refuses to clear the title of the only language that has one', async () => {
    const film = await payload.create({
      collection: 'films',
      locale: 'ru',
      context,
      data: { title: 'Только по-русски' },
    })
    const error = await payload
      .update({ collection: 'films', id: film.id, locale: 'ru', context, data: { title: null } })
      .catch((e) => e)
    expect(error.data?.errors?.[0]).toMatchObject({
      path: 'title',
      message: 'Title is required in at least one language.',
    })
  })

  it('refuses a new film with no title at all', async () => {
    const error = await payload
      .create({ collection: 'films', locale: 'kk', context, data: {} as any })
      .catch((e) => e)
    expect(error.data?.errors?.[0]).toMatchObject({ path: 'title' })
  })
})

describe('fallback chains', () => {
  it('shows an English reader the Kazakh title when that is the only one', async () => {
    const film = await payload.create({
      collection: 'films',
      locale: 'kk',
      context,
      data: { title: 'Жылқы ұрылары' },
    })
    expect((await payload.findByID({ collection: 'films', id: film.id, locale: 'en' })).title).toBe(
      'Жылқы ұрылары',
    )
  })

  it('shows a Kazakh reader the Russian title before the English one', async () => {
    const film = await payload.create({
      collection: 'films',
      locale: 'en',
      context,
      data: { title: 'The Composer' },
    })
    await payload.update({
      collection: 'films',
      id: film.id,
      locale: 'ru',
      context,
      data: { title: 'Композитор' },
    })
    expect((await payload.findByID({ collection: 'films', id: film.id, locale: 'kk' })).title).toBe(
      'Композитор',
    )
  })

  it('says which languages have their own title as the document is read, for the fallback note', async () => {
    const film = await payload.create({
      collection: 'films',
      locale: 'ru',
      context,
      data: { title: 'Посвящение' },
    })
    // Only spaces is no title: stored as none, so English falls back too, with its note.
    await payload.update({ collection: 'films', id: film.id, locale: 'en', context, data: { title: ' ' } })
    expect((await payload.findByID({ collection: 'films', id: film.id, locale: 'en' })).title).toBe(
      'Посвящение',
    )
    const inKazakh = await payload.findByID({ collection: 'films', id: film.id, locale: 'kk' })
    // The Kazakh page shows the Russian title and knows it is a fallback, with no second read.
    expect(inKazakh.title).toBe('Посвящение')
    expect(inKazakh.titleLanguages).toEqual(['ru'])
    const slug = inKazakh.slug!
    expect(await isTranslated('films', 'kk', inKazakh)).toBe(false)
    expect(await isTranslated('films', 'ru', inKazakh)).toBe(true)
    // Every collection with pages, in lists and REST answers too; the same as reading without fallback.
    const listed = await payload.find({
      collection: 'films',
      where: { slug: { equals: slug } },
      locale: 'en',
    })
    expect(listed.docs[0].titleLanguages).toEqual(['ru'])
    expect(await queryIsTranslated.uncached('films', 'en', slug)).toBe(false)
    // A read that leaves the title out says nothing rather than "no language" (pages then ask).
    const withoutTitle = await payload.findByID({
      collection: 'films',
      id: film.id,
      locale: 'en',
      select: { year: true, synopsis: true, titleLanguages: true },
    })
    expect(withoutTitle.titleLanguages ?? undefined).toBeUndefined()
    const event = await payload.create({
      collection: 'events',
      locale: 'kk',
      context,
      data: {
        title: 'Қазақ киносының күндері',
        type: 'festival',
        startsOn: '2027-03-01T00:00:00.000Z',
        endsOn: '2027-03-02T00:00:00.000Z',
        timezone: 'Asia/Almaty',
        country: 'KZ',
        city: 'Алматы',
      },
    })
    expect(
      (await payload.findByID({ collection: 'events', id: event.id, locale: 'en' })).titleLanguages,
    ).toEqual(['kk'])
    // Whatever a client sends for it is not stored: it is read from the titles each time.
    await payload.update({
      collection: 'events',
      id: event.id,
      locale: 'en',
      context,
      data: { title: 'Days of Kazakh cinema', titleLanguages: ['ru'] } as never,
    })
    expect(
      (await payload.findByID({ collection: 'events', id: event.id, locale: 'ru' })).titleLanguages,
    ).toEqual(['kk', 'en'])
  })
})
