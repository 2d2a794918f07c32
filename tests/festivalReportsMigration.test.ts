import path from 'node:path'
import { commitTransaction, createLocalReq, initTransaction, type Migration, type Payload } from 'payload'
import { sql } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// A database of its own, brought only to the migration before festival reports: this file writes the
// Cannes report as the seed left it (filed under the embassy in France), then runs the migration.
// Set before Payload's config loads.
const ownDatabase = path.join(process.env.TEST_RUN_DIR ?? '.test-runs', 'festival-migration.db')
const sqlite = !/^mongodb/.test(process.env.DATABASE_URL ?? '')
if (sqlite) {
  process.env.DATABASE_URL = `file:${ownDatabase}`
  // Keeps onInit from running every migration at start.
  process.env.PAYLOAD_MIGRATING = 'true'
}

const festivalMigration = '20261202_174013_festival_reports'
const cannes = 'cannes-2026-kazakhstan-pavilion-report'

// The migration's schema half is SQLite's; its data half is the Local API's, tested here with it.
describe.skipIf(!sqlite)('the festival reports migration', () => {
  let payload: Payload
  let festival: Migration
  let run: (statement: ReturnType<typeof sql>) => Promise<unknown>
  let all: (statement: ReturnType<typeof sql>) => Promise<Record<string, unknown>[]>

  beforeAll(async () => {
    const { startPayload } = await import('./helpers/payload')
    const { migrations } = await import('../migrations')
    payload = await startPayload()
    delete process.env.PAYLOAD_MIGRATING
    const list = migrations as unknown as Migration[]
    const before = list.findIndex((migration) => migration.name === festivalMigration)
    expect(before).toBeGreaterThan(0)
    festival = list[before]
    await payload.db.migrate({ migrations: list.slice(0, before) })

    const drizzle = (
      payload.db as unknown as {
        drizzle: { run: (s: unknown) => Promise<unknown>; all: (s: unknown) => Promise<unknown> }
      }
    ).drizzle
    run = (statement) => drizzle.run(statement)
    all = async (statement) => (await drizzle.all(statement)) as Record<string, unknown>[]

    // The seed's Cannes report, under the embassy in France, on the pavilion France organised.
    await run(
      sql`INSERT INTO embassies (id, slug, country, timezone) VALUES (1, 'france', 'FR', 'Europe/Paris')`,
    )
    await run(
      sql`INSERT INTO embassies_locales (name, _locale, _parent_id) VALUES ('Embassy in France', 'en', 1)`,
    )
    await run(sql`INSERT INTO films (id, slug, year) VALUES (1, 'amre', 2024)`)
    await run(sql`INSERT INTO films_locales (title, _locale, _parent_id) VALUES ('Amre', 'en', 1)`)
    await run(
      sql`INSERT INTO events (id, slug, type, organising_embassy_id, starts_on, ends_on, timezone, country, _status) VALUES (1, 'cannes-2026-kazakhstan-pavilion', 'market', 1, '2026-05-12T12:00:00.000Z', '2026-05-23T12:00:00.000Z', 'Europe/Paris', 'FR', 'published')`,
    )
    await run(
      sql`INSERT INTO events_locales (title, city, _locale, _parent_id) VALUES ('Kazakhstan Pavilion at Cannes', 'Cannes', 'en', 1)`,
    )
    await run(
      sql`INSERT INTO screenings (id, event_id, film_id, starts_at, status) VALUES (1, 1, 1, '2026-05-14T16:00:00.000Z', 'held')`,
    )
    await run(
      sql`INSERT INTO reports (id, slug, embassy_id, event_id, status, total_attendance, published_at) VALUES (1, ${cannes}, 1, 1, 'published', 395, '2026-05-30T12:00:00.000Z')`,
    )
    await run(
      sql`INSERT INTO reports_locales (title, _locale, _parent_id) VALUES ('Cannes 2026: a memorandum with Tokyo New Cinema', 'en', 1)`,
    )
    await run(
      sql`INSERT INTO reports_screenings (_order, _parent_id, id, screening_id, attendance) VALUES (1, 1, 'row-1', 1, 395)`,
    )

    await payload.db.migrate({ migrations: list })
  })

  afterAll(() => payload?.destroy())

  it('moves the Cannes report to the delegation that went, with no embassy', async () => {
    const report = (await payload.findByID({
      collection: 'reports',
      id: 1,
      locale: 'all',
      depth: 0,
      overrideAccess: true,
    })) as Record<string, any>
    expect(report.reportedBy).toBe('delegation')
    expect(report.embassy ?? null).toBeNull()
    expect(report.delegation).toEqual({
      en: 'Delegation of Kazakhstan at the Cannes Film Festival',
      ru: 'Делегация Казахстана на Каннском кинофестивале',
      kk: 'Канн кинофестиваліндегі Қазақстан делегациясы',
    })
    // Still the published report it was, with its title and figures.
    expect(report.title.en).toBe('Cannes 2026: a memorandum with Tokyo New Cinema')
    expect(report.status).toBe('published')
    expect(report.screenings[0].attendance).toBe(395)
  })

  it('going back files it under the event’s organising embassy again', async () => {
    // As Payload runs a migration: in a transaction of its own, with its request.
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    const sessions = (payload.db as unknown as { sessions: Record<string, { db: unknown }> }).sessions
    await festival.down({ db: sessions[String(await req.transactionID)].db, payload, req } as never)
    await commitTransaction(req)
    const rows = await all(sql`SELECT embassy_id FROM reports WHERE id = 1`)
    expect(Number(rows[0].embassy_id)).toBe(1)
    // Nothing the report holds was lost on the way.
    const screenings = await all(sql`SELECT attendance FROM reports_screenings WHERE _parent_id = 1`)
    expect(screenings.map((row) => Number(row.attendance))).toEqual([395])
    const embassyColumn = await all(
      sql`SELECT "notnull" FROM pragma_table_info('reports') WHERE name = 'embassy_id'`,
    )
    expect(Number(embassyColumn[0].notnull)).toBe(1)
    const columns = await all(sql`SELECT name FROM pragma_table_info('reports')`)
    expect(columns.map((column) => column.name)).not.toContain('reported_by')
  })
})
