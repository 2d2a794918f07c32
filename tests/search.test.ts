import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reindexSearchText } from '../lib/reindexSearchText'
import { searchTextOf } from '../lib/searchText'
import { querySearch } from '../queries/search'
import { context, startPayload } from './helpers/payload'
import { buildWorld, type World } from './helpers/world'

let payload: Payload
let world: World
beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload, 'search')
})
afterAll(() => payload.destroy())

// IDs are numbers on SQLite and strings on MongoDB: compare them as text.
const ids = (docs: { id: unknown }[]) => docs.map((doc) => String(doc.id))

const film = (data: Record<string, unknown>, locale: 'en' | 'ru' | 'kk' = 'en') =>
  payload.create({ collection: 'films', context, locale, data: data as never, depth: 0 })

const event = (title: string, extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'events',
    context,
    depth: 0,
    data: {
      title,
      type: 'festival',
      startsOn: '2026-05-14T12:00:00.000Z',
      timezone: 'Europe/Paris',
      country: 'FR',
      city: 'Cannes',
      _status: 'published',
      ...extra,
    } as never,
  })

/** What a stored document holds as its search text (server code only). */
const storedSearchText = async (collection: 'films' | 'events' | 'reports', id: number | string) =>
  (
    (await payload.findByID({ collection, id, depth: 0, showHiddenFields: true, draft: false })) as {
      searchText?: string
    }
  ).searchText

describe('search across scripts', () => {
  it('«амре», "AMRE" and "amre" all find the film Amre', async () => {
    const amre = await film({ title: 'Amre' })
    await payload.update({
      collection: 'films',
      id: amre.id,
      locale: 'ru',
      context,
      data: { title: 'Амре' },
    })
    for (const q of ['амре', 'AMRE', 'amre', 'Амре'])
      for (const locale of ['en', 'ru', 'kk'] as const)
        expect(ids((await querySearch(locale, q)).films), `${q} in ${locale}`).toContain(String(amre.id))
  })

  it('"myn bala" finds «Мың бала», titled in Kazakh only', async () => {
    const mynBala = await film({ title: 'Мың бала' }, 'kk')
    expect(ids((await querySearch('en', 'myn bala')).films)).toContain(String(mynBala.id))
    expect(ids((await querySearch('ru', 'MYN BALA')).films)).toContain(String(mynBala.id))
  })

  it('«Мың бала» finds "Myn Bala", titled in English only', async () => {
    const mynBala = await film({ title: 'Myn Bala: Warriors of the Steppe' })
    expect(ids((await querySearch('ru', 'Мың бала')).films)).toContain(String(mynBala.id))
    expect(ids((await querySearch('kk', 'мың')).films)).toContain(String(mynBala.id))
  })

  it('a save in one language keeps the other languages searchable', async () => {
    const road = await film({ title: 'Roadmother Zyx' })
    await payload.update({
      collection: 'films',
      id: road.id,
      locale: 'ru',
      context,
      data: { title: 'Дорогамать Зыкс', directors: ['Акан Сатаев'] },
    })
    await payload.update({ collection: 'films', id: road.id, locale: 'kk', context, data: { runtime: 100 } })
    for (const q of ['roadmother', 'дорогамать', 'satayev', 'Сатаев'])
      expect(ids((await querySearch('en', q)).films), q).toContain(String(road.id))
  })

  it('finds an event by its city, its country in any language and its summary', async () => {
    const days = await event('Cinema days Quillon', {
      city: 'Брюссель',
      country: 'BE',
      summary: 'Премьера фильма «Талан» в присутствии съёмочной группы.',
    })
    for (const q of ['Брюссел', 'brussel', 'Бельгия', 'Belgium', 'талан', 'talan'])
      expect(ids((await querySearch('en', q)).events), q).toContain(String(days.id))
  })

  it('finds a published report by its guests and its press, and says its kind', async () => {
    const { event: shown, screening } = await world.stage(world.embassyA, 'Search report')
    const report = await payload.create({
      collection: 'reports',
      context,
      depth: 0,
      data: {
        title: 'Full halls in Quillonville',
        embassy: world.embassyA.id,
        event: shown.id,
        status: 'published',
        screenings: [{ screening: screening.id, attendance: 40 }],
        guests: [{ name: 'Гүлнәр Жақыпбекова' }],
        pressCoverage: [{ outlet: 'Le Soir', headline: 'Көрермендер «Тапиртау» фильмін жылы қабылдады' }],
      } as never,
    })
    const found = await querySearch('en', 'Gulnar Zhakypbekova')
    expect(ids(found.reports)).toEqual([String(report.id)])
    expect(found.results.find((result) => String(result.id) === String(report.id))?.kind).toBe('report')
    expect(ids((await querySearch('ru', 'тапиртау кабылдады')).reports)).toEqual([String(report.id)])
  })

  it('finds nothing, without an error, for wildcards, regex characters or a pasted book', async () => {
    for (const q of ['%', '_', '%%', '.*', '(', '[.*+?]', '\\', '^$|', '🎬', 'qwzv '.repeat(2_000)]) {
      const found = await querySearch('en', q)
      expect(found.films.length + found.events.length + found.reports.length, q).toBe(0)
    }
  })
})

describe('what the public may find', () => {
  it('never finds a draft or unpublished report', async () => {
    for (const status of ['draft', 'submitted', 'changes_requested', 'approved'] as const) {
      const { event: shown, screening } = await world.stage(world.embassyA, `Hidden ${status}`)
      await payload.create({
        collection: 'reports',
        context,
        depth: 0,
        data: {
          title: `Pangolinreport ${status}`,
          embassy: world.embassyA.id,
          event: shown.id,
          status,
          screenings: status === 'draft' ? [] : [{ screening: screening.id, attendance: 40 }],
        } as never,
      })
    }
    expect((await querySearch('en', 'pangolinreport')).reports).toEqual([])
    expect((await querySearch('en', world.reportsA.draft.title)).reports).toEqual([])
  })

  it('never finds a draft event, nor the draft text of a published one', async () => {
    await event('Okapifest unpublished', { _status: 'draft' })
    expect((await querySearch('en', 'okapifest')).events).toEqual([])

    const published = await event('Quokkafest')
    await payload.update({
      collection: 'events',
      id: published.id,
      context,
      draft: true,
      data: { title: 'Quokkafest renamed Secretwordfest', _status: 'draft' } as never,
    })
    expect((await querySearch('en', 'secretwordfest')).events).toEqual([])
    expect(ids((await querySearch('en', 'quokkafest')).events)).toEqual([String(published.id)])

    await payload.update({
      collection: 'events',
      id: published.id,
      context,
      data: { title: 'Quokkafest renamed Secretwordfest', _status: 'published' } as never,
    })
    expect(ids((await querySearch('en', 'secretwordfest')).events)).toEqual([String(published.id)])
  })

  it('never finds a film by its licence terms, which only signed-in staff may read', async () => {
    await film({
      title: 'Licensed film',
      screeningRights: [
        { territories: ['worldwide'], validFrom: '2020-01-01T12:00:00.000Z', note: 'Contract Wombatclause' },
      ],
    })
    expect((await querySearch('en', 'wombatclause')).films).toEqual([])
    expect((await querySearch('en', 'licensed film')).films).toHaveLength(1)
  })

  it('never returns the search text through the API, to anyone', async () => {
    const read = async (user?: unknown) =>
      (
        await payload.find({
          collection: 'films',
          overrideAccess: false,
          user: user as never,
          depth: 0,
          where: { title: { equals: 'Amre' } },
        })
      ).docs
    for (const user of [undefined, world.users.embassyA, world.users.editor]) {
      const docs = await read(user)
      expect(docs.length).toBeGreaterThan(0)
      for (const doc of docs) expect(doc).not.toHaveProperty('searchText')
    }
  })

  it('keeps the search text out of reach of the person saving', async () => {
    const planted = await payload.create({
      collection: 'films',
      overrideAccess: false,
      user: world.users.editor,
      depth: 0,
      data: { title: 'Narwhal stories', searchText: 'planted words' } as never,
    })
    const computed = searchTextOf({ title: ['Narwhal stories'], originalTitle: [], other: [] })
    expect(await storedSearchText('films', planted.id)).toBe(computed)
    await payload.update({
      collection: 'films',
      id: planted.id,
      overrideAccess: false,
      user: world.users.editor,
      data: { searchText: 'planted again' } as never,
    })
    expect(await storedSearchText('films', planted.id)).toBe(computed)
  })
})

describe('who saves', () => {
  it('an embassy saving its draft in Russian leaves the whole report searchable, every language', async () => {
    const { event: shown } = await world.stage(world.embassyA, 'Search rights')
    const report = await payload.create({
      collection: 'reports',
      context,
      depth: 0,
      locale: 'en',
      data: {
        title: 'Tapirnight report',
        embassy: world.embassyA.id,
        event: shown.id,
        status: 'draft',
        guests: [{ name: 'Гульшат Омарова' }],
      } as never,
    })
    await payload.update({
      collection: 'reports',
      id: report.id,
      locale: 'ru',
      overrideAccess: false,
      user: world.users.embassyA,
      context,
      data: { title: 'Отчёт Тапирночь' },
    })
    expect(await storedSearchText('reports', report.id)).toBe(
      searchTextOf({
        title: ['Tapirnight report', 'Отчёт Тапирночь'],
        originalTitle: [],
        other: ['Гульшат Омарова'],
      }),
    )
  })
})

describe('ranking', () => {
  it('puts a title over an original title over other texts, whole words first, then the newest', async () => {
    const inOther = await film({ title: 'Steppe', directors: ['Marmotin Sary'], year: 2025 })
    const inOriginal = await film({ title: 'Winds', originalTitle: 'Marmotin', year: 2024 })
    const inTitleOld = await film({ title: 'Marmotin', year: 2001 })
    const inTitleNew = await film({ title: 'Marmotin', year: 2023 })
    const prefix = await film({ title: 'Marmotinka', year: 2026 })
    const part = await film({ title: 'Bigmarmotin', year: 2026 })
    const found = await querySearch('en', 'marmotin')
    expect(ids(found.films)).toEqual(
      [inTitleNew, inTitleOld, prefix, part, inOriginal, inOther].map((doc) => String(doc.id)),
    )
  })

  it('ranks films, events and reports together by the same rule', async () => {
    const inSummary = await event('Opening night', { summary: 'Ibexwind on the big screen' })
    const inTitle = await film({ title: 'Ibexwind' })
    const { results } = await querySearch('en', 'ibexwind')
    expect(results.map((result) => `${result.kind} ${result.id}`)).toEqual([
      `film ${inTitle.id}`,
      `event ${inSummary.id}`,
    ])
  })
})

describe('the reindex', () => {
  it('makes documents saved before the field existed searchable, and changes nothing else', async () => {
    const old = await film({ title: 'Vicunafilm', cast: [{ name: 'Асанали Әшімов' }] })
    await payload.update({
      collection: 'films',
      id: old.id,
      locale: 'ru',
      context,
      data: { title: 'Викуньяфильм' },
    })
    const before = await payload.findByID({ collection: 'films', id: old.id, locale: 'all', depth: 0 })
    await payload.db.updateOne({
      collection: 'films',
      id: old.id,
      data: { searchText: null, updatedAt: null },
      returning: false,
    })
    expect(ids((await querySearch('en', 'vicunafilm')).films)).toEqual([])

    // Batches of one: every page of every collection is read and written.
    const counts = await reindexSearchText(payload, { batchSize: 1 })
    expect(counts.films).toBe((await payload.count({ collection: 'films', trash: true })).totalDocs)
    expect(counts.events).toBe((await payload.count({ collection: 'events', trash: true })).totalDocs)
    expect(ids((await querySearch('en', 'vicunafilm')).films)).toEqual([String(old.id)])
    expect(ids((await querySearch('en', 'викуньяфильм')).films)).toEqual([String(old.id)])
    expect(ids((await querySearch('en', 'ashimov')).films)).toEqual([String(old.id)])
    expect(await payload.findByID({ collection: 'films', id: old.id, locale: 'all', depth: 0 })).toEqual(
      before,
    )
  })
})
