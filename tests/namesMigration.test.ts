import path from 'node:path'
import type { Migration, Payload } from 'payload'
import { sql } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { searchWords } from '../lib/searchText'

// A database of its own, brought only to the migration before names became localized: this file
// writes rows in the shape that migration found, then runs it. Set before Payload's config loads.
const ownDatabase = path.join(process.env.TEST_RUN_DIR ?? '.test-runs', 'names-migration.db')
const sqlite = !/^mongodb/.test(process.env.DATABASE_URL ?? '')
if (sqlite) {
  process.env.DATABASE_URL = `file:${ownDatabase}`
  // Keeps onInit from running every migration at start.
  process.env.PAYLOAD_MIGRATING = 'true'
}

const namesMigration = '20261202_130720_names_in_every_script'
const every = (value: unknown) => ({ kk: value, ru: value, en: value })

// The migration is SQLite's: MongoDB documents take their new shape on their next save.
describe.skipIf(!sqlite)('the names migration keeps today’s names', () => {
  let payload: Payload
  type Row = Record<string, any>

  beforeAll(async () => {
    const { startPayload } = await import('./helpers/payload')
    const { migrations } = await import('../migrations')
    payload = await startPayload()
    delete process.env.PAYLOAD_MIGRATING
    const all = migrations as unknown as Migration[]
    const before = all.findIndex((migration) => migration.name === namesMigration)
    expect(before).toBeGreaterThan(0)
    await payload.db.migrate({ migrations: all.slice(0, before) })

    // Today's rows, written as the schema before the migration holds them.
    const run = (statement: ReturnType<typeof sql>) =>
      (payload.db as unknown as { drizzle: { run: (s: unknown) => Promise<unknown> } }).drizzle.run(statement)
    await run(
      sql`INSERT INTO films (id, slug, year, rights_holder) VALUES (1, 'the-road', 2020, 'Kazakhfilm')`,
    )
    await run(sql`INSERT INTO films_locales (title, _locale, _parent_id) VALUES ('The Road', 'en', 1)`)
    await run(
      sql`INSERT INTO films_texts ("order", parent_id, path, text) VALUES (1, 1, 'directors', 'Akan Satayev')`,
    )
    await run(
      sql`INSERT INTO films_cast (_order, _parent_id, id, name) VALUES (1, 1, 'cast-1', 'Aruzhan Jazilbekova')`,
    )
    await run(
      sql`INSERT INTO films_cast_locales (character, _locale, _parent_id) VALUES ('Aigerim', 'en', 'cast-1')`,
    )
    await run(
      sql`INSERT INTO films_co_production_partners (_order, _parent_id, id, name, country) VALUES (1, 1, 'co-1', 'Satai Film', 'KZ')`,
    )
    await run(
      sql`INSERT INTO films_awards (_order, _parent_id, id, festival, result, year) VALUES (1, 1, 'award-1', 'Berlinale', 'won', 2021)`,
    )
    await run(
      sql`INSERT INTO films_awards_locales (award, _locale, _parent_id) VALUES ('Crystal Bear', 'en', 'award-1')`,
    )
    await run(sql`INSERT INTO embassies (id, country, timezone) VALUES (1, 'FR', 'Europe/Paris')`)
    await run(
      sql`INSERT INTO embassies_locales (name, _locale, _parent_id) VALUES ('Embassy in France', 'en', 1)`,
    )
    await run(
      sql`INSERT INTO events (id, slug, type, organising_embassy_id, starts_on, timezone, country, _status) VALUES (1, 'days-in-paris', 'festival', 1, '2026-03-01T12:00:00.000Z', 'Europe/Paris', 'FR', 'published')`,
    )
    await run(
      sql`INSERT INTO events_locales (title, city, _locale, _parent_id) VALUES ('Days in Paris', 'Paris', 'en', 1)`,
    )
    await run(
      sql`INSERT INTO events_venues (_order, _parent_id, id, name, address, city) VALUES (1, 1, 'venue-1', 'Cinéma du Panthéon', '13 rue Victor Cousin', 'Paris')`,
    )
    await run(
      sql`INSERT INTO _events_v (id, parent_id, version__status, latest) VALUES (1, 1, 'published', 1)`,
    )
    await run(
      sql`INSERT INTO _events_v_locales (version_title, _locale, _parent_id) VALUES ('Days in Paris', 'en', 1)`,
    )
    await run(
      sql`INSERT INTO _events_v_version_venues (_order, _parent_id, id, name, city, _uuid) VALUES (1, 1, 1, 'Cinéma du Panthéon', 'Paris', 'venue-1')`,
    )
    await run(
      sql`INSERT INTO screenings (id, event_id, film_id, starts_at, venue_name, venue_city) VALUES (1, 1, 1, '2026-03-01T19:00:00.000Z', 'Salle 1', 'Paris')`,
    )
    await run(
      sql`INSERT INTO screenings_guests (_order, _parent_id, id, name) VALUES (1, 1, 'guest-1', 'Akan Satayev')`,
    )
    await run(sql`INSERT INTO reports (id, embassy_id, event_id, status) VALUES (1, 1, 1, 'draft')`)
    await run(
      sql`INSERT INTO reports_locales (title, _locale, _parent_id) VALUES ('Days in Paris: report', 'en', 1)`,
    )
    await run(
      sql`INSERT INTO reports_partners (_order, _parent_id, id, name) VALUES (1, 1, 'partner-1', 'Institut français')`,
    )
    await run(
      sql`INSERT INTO reports_guests (_order, _parent_id, id, name) VALUES (1, 1, 'rguest-1', 'Aruzhan Jazilbekova')`,
    )
    await run(
      sql`INSERT INTO reports_quotes (_order, _parent_id, id, person, text) VALUES (1, 1, 'quote-1', 'Jean Dupont', 'A fine film.')`,
    )

    await payload.db.migrate({ migrations: all })
  })

  afterAll(() => payload?.destroy())

  const read = (collection: 'films' | 'events' | 'screenings' | 'reports') =>
    payload.findByID({ collection, id: 1, locale: 'all', depth: 0, overrideAccess: true }) as Promise<Row>

  it('gives a film’s directors, cast, studio, co-producers and festivals in every language', async () => {
    const film = await read('films')
    expect(film.directors).toEqual(every(['Akan Satayev']))
    expect(film.cast[0].name).toEqual(every('Aruzhan Jazilbekova'))
    expect(film.cast[0].character.en).toBe('Aigerim')
    expect(film.rightsHolder).toEqual(every('Kazakhfilm'))
    expect(film.coProductionPartners[0].name).toEqual(every('Satai Film'))
    // An award's row exists in the languages its award is written in; the others fall back.
    expect(film.awards[0].festival).toEqual({ en: 'Berlinale' })
    expect(film.awards[0].award).toEqual({ en: 'Crystal Bear' })
  })

  it('shows every name of a film to a Kazakh reader', async () => {
    const film = (await payload.findByID({ collection: 'films', id: 1, locale: 'kk', depth: 0 })) as Row
    expect(film.directors).toEqual(['Akan Satayev'])
    expect(film.cast[0].name).toBe('Aruzhan Jazilbekova')
    expect(film.awards[0].festival).toBe('Berlinale')
    expect(film.rightsHolder).toBe('Kazakhfilm')
  })

  it('gives an event’s venues in every language, in the event and in its versions', async () => {
    const event = await read('events')
    expect(event.venues[0]).toMatchObject({
      name: every('Cinéma du Panthéon'),
      address: every('13 rue Victor Cousin'),
      city: every('Paris'),
    })
    const versions = await payload.findVersions({
      collection: 'events',
      where: { parent: { equals: 1 } },
      locale: 'all',
      depth: 0,
      overrideAccess: true,
    })
    expect((versions.docs[0].version as Row).venues[0].name).toEqual(every('Cinéma du Panthéon'))
  })

  it('gives a screening’s venue and guests in every language', async () => {
    const screening = await read('screenings')
    expect(screening.venue.name).toEqual(every('Salle 1'))
    expect(screening.venue.city).toEqual(every('Paris'))
    expect(screening.guests[0].name).toEqual(every('Akan Satayev'))
  })

  it('gives a report’s partners, guests and quote authors in every language', async () => {
    const report = await read('reports')
    expect(report.partners[0].name).toEqual(every('Institut français'))
    expect(report.guests[0].name).toEqual(every('Aruzhan Jazilbekova'))
    expect(report.quotes[0].person).toEqual(every('Jean Dupont'))
    expect(report.quotes[0].text).toBe('A fine film.')
  })

  it('makes what was saved before search existed searchable by its names', async () => {
    const film = (await payload.findByID({
      collection: 'films',
      id: 1,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
    })) as Row
    expect(film.searchText).toContain(searchWords('Akan Satayev').join(' '))
  })
})
