import path from 'node:path'
import type { Migration, Payload } from 'payload'
import { sql } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// A database of its own, brought only to the migration before screening visibility: screenings of
// a published event, a draft and a published event in the trash, then the migration. Set before
// Payload's config loads.
const ownDatabase = path.join(process.env.TEST_RUN_DIR ?? '.test-runs', 'screening-visibility-migration.db')
const sqlite = !/^mongodb/.test(process.env.DATABASE_URL ?? '')
if (sqlite) {
  process.env.DATABASE_URL = `file:${ownDatabase}`
  // Keeps onInit from running every migration at start.
  process.env.PAYLOAD_MIGRATING = 'true'
}

const visibilityMigration = '20261202_174012_screening_visibility'

describe.skipIf(!sqlite)('the screening visibility migration', () => {
  let payload: Payload

  beforeAll(async () => {
    const { startPayload } = await import('./helpers/payload')
    const { migrations } = await import('../migrations')
    payload = await startPayload()
    delete process.env.PAYLOAD_MIGRATING
    const list = migrations as unknown as Migration[]
    const before = list.findIndex((migration) => migration.name === visibilityMigration)
    expect(before).toBeGreaterThan(0)
    await payload.db.migrate({ migrations: list.slice(0, before) })

    const run = (statement: ReturnType<typeof sql>) =>
      (payload.db as unknown as { drizzle: { run: (s: unknown) => Promise<unknown> } }).drizzle.run(statement)
    await run(
      sql`INSERT INTO embassies (id, slug, country, timezone) VALUES (1, 'belgium', 'BE', 'Europe/Brussels')`,
    )
    await run(sql`INSERT INTO films (id, slug, year) VALUES (1, 'myn-bala', 2012)`)
    const event = (id: number, status: string, deletedAt: string | null) =>
      run(
        sql`INSERT INTO events (id, slug, type, organising_embassy_id, starts_on, timezone, country, _status, deleted_at) VALUES (${id}, ${`event-${id}`}, 'embassy_screening', 1, '2025-10-01T12:00:00.000Z', 'Europe/Brussels', 'BE', ${status}, ${deletedAt})`,
      )
    await event(1, 'published', null)
    await event(2, 'draft', null)
    await event(3, 'published', '2026-01-01T00:00:00.000Z')
    for (const [id, eventID] of [
      [1, 1],
      [2, 1],
      [3, 2],
      [4, 3],
    ])
      await run(
        sql`INSERT INTO screenings (id, event_id, film_id, starts_at, status) VALUES (${id}, ${eventID}, 1, '2025-10-01T17:00:00.000Z', 'held')`,
      )

    await payload.db.migrate({ migrations: list })
  })

  afterAll(() => payload?.destroy())

  it('shows the public the screenings of published events only, none of one in the trash', async () => {
    const { docs } = await payload.find({
      collection: 'screenings',
      overrideAccess: false,
      depth: 0,
      sort: 'id',
      pagination: false,
    })
    expect(docs.map((screening) => screening.id)).toEqual([1, 2])
    const stored = await payload.find({
      collection: 'screenings',
      overrideAccess: true,
      depth: 0,
      sort: 'id',
    })
    expect(stored.docs.map((screening) => screening.eventPublic)).toEqual([true, true, false, false])
  })
})
