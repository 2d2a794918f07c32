import type { Payload } from 'payload'
import { sql } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { refreshScreeningVisibility, refreshScreeningsWithoutVisibility } from '../lib/screeningVisibility'
import { context } from './helpers/payload'
import { startPayload } from './helpers/payload'
import { buildWorld, type World } from './helpers/world'

// A screening is as visible as its event, through the `eventPublic` each screening stores
// (lib/screeningVisibility.ts): every way an event's public state changes reaches its screenings.
let payload: Payload
let world: World

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload, 'screening-visibility')
})
afterAll(() => payload.destroy())

type ID = number | string
const mongo = /^mongodb/.test(process.env.DATABASE_URL ?? '')
const system = { context, overrideAccess: true, depth: 0 } as const

/** Whether an anonymous reader finds the screening (the Local API as REST and pages ask). */
const publicSees = async (id: ID) => {
  const { docs } = await payload.find({
    collection: 'screenings',
    overrideAccess: false,
    depth: 0,
    where: { id: { equals: id } },
  })
  return docs.length === 1
}
const stored = (id: ID) => payload.findByID({ collection: 'screenings', id, ...system })

/** A fresh published event with one screening of the world's film, subtitles and a guest. */
const publishedEventWithScreening = async (name: string) => {
  const { event } = await world.stage(world.embassyA, name)
  const screening = await payload.create({
    collection: 'screenings',
    ...system,
    data: {
      event: event.id,
      film: world.film.id,
      startsAt: '2026-06-02T18:00:00.000Z',
      venue: { name: 'Cinematheque' },
      language: 'kk',
      subtitles: ['en', 'fr'],
      guests: [{ name: 'Aliya Anuarbek', role: 'lead actress' }],
    } as any,
  })
  return { event, screening }
}

const editEvent = (id: ID, data: Record<string, unknown>, draft = false) =>
  payload.update({ collection: 'events', id, data, draft, trash: true, ...system })

describe('a screening follows its event before the public', () => {
  it('shows the screenings of a published event and hides those of a draft', async () => {
    expect(await publicSees(world.screenings.publishedA.id)).toBe(true)
    expect(await publicSees(world.screenings.draftA.id)).toBe(false)
    expect((await stored(world.screenings.publishedA.id)).eventPublic).toBe(true)
    expect((await stored(world.screenings.draftA.id)).eventPublic).toBe(false)
  })

  it('keeps them shown while an editor saves a draft of the published event', async () => {
    const { event, screening } = await publishedEventWithScreening('Draft over published')
    await editEvent(event.id, { title: 'A new title, not yet published', _status: 'draft' }, true)
    expect(await publicSees(screening.id)).toBe(true)
  })

  it('hides them when the event is unpublished and shows them again when it is republished', async () => {
    const { event, screening } = await publishedEventWithScreening('Unpublished')
    await editEvent(event.id, { _status: 'draft' })
    expect(await publicSees(screening.id)).toBe(false)
    await editEvent(event.id, { _status: 'published' })
    expect(await publicSees(screening.id)).toBe(true)
  })

  it('hides them while the event is in the trash, and shows them once it is restored', async () => {
    const { event, screening } = await publishedEventWithScreening('Trashed')
    // The admin's "move to trash": an update that sets deletedAt (the event stays "published").
    await editEvent(event.id, { deletedAt: new Date().toISOString() })
    expect(await publicSees(screening.id)).toBe(false)
    const rest = await payload.find({
      collection: 'screenings',
      overrideAccess: false,
      depth: 0,
      where: { event: { equals: event.id } },
    })
    expect(rest.docs).toEqual([])
    await editEvent(event.id, { deletedAt: null })
    expect(await publicSees(screening.id)).toBe(true)
  })

  it('takes the state of the event a screening is moved to', async () => {
    const { screening } = await publishedEventWithScreening('Moved from')
    await payload.update({
      collection: 'screenings',
      id: screening.id,
      data: { event: world.events.draftB.id },
      ...system,
    })
    expect(await publicSees(screening.id)).toBe(false)
    await payload.update({
      collection: 'screenings',
      id: screening.id,
      data: { event: world.events.publishedB.id },
      ...system,
    })
    expect(await publicSees(screening.id)).toBe(true)
  })

  it('is written by no one but the hooks: an editor cannot show a draft event’s screening', async () => {
    const editor = { context, overrideAccess: false, user: world.users.editor, depth: 0 } as const
    const created = await payload.create({
      collection: 'screenings',
      ...editor,
      data: {
        event: world.events.draftA.id,
        film: world.film.id,
        startsAt: '2026-06-02T19:00:00.000Z',
        venue: { name: 'Hall' },
        eventPublic: true,
      } as any,
    })
    expect((await stored(created.id)).eventPublic).toBe(false)
    await payload.update({ collection: 'screenings', id: created.id, ...editor, data: { eventPublic: true } })
    expect((await stored(created.id)).eventPublic).toBe(false)
    expect(await publicSees(created.id)).toBe(false)
  })

  it('is set by the hooks whoever saves: an editor’s screening of a published event is public', async () => {
    const editor = { context, overrideAccess: false, user: world.users.editor, depth: 0 } as const
    const created = await payload.create({
      collection: 'screenings',
      ...editor,
      data: {
        event: world.events.publishedB.id,
        film: world.film.id,
        startsAt: '2026-06-02T20:00:00.000Z',
        venue: { name: 'Hall' },
        eventPublic: false,
      } as any,
    })
    expect((await stored(created.id)).eventPublic).toBe(true)
    expect(await publicSees(created.id)).toBe(true)
  })

  it('keeps a trashed event and its report from the public, even asked with trash=true', async () => {
    const { event, screening } = await publishedEventWithScreening('Trashed, asked for')
    const report = await payload.create({
      collection: 'reports',
      ...system,
      data: {
        title: 'Report of a trashed event',
        embassy: world.embassyA.id,
        event: event.id,
        status: 'published',
        screenings: [{ screening: screening.id, attendance: 12 }],
      } as any,
    })
    await payload.update({
      collection: 'reports',
      id: report.id,
      ...system,
      trash: true,
      data: { deletedAt: new Date().toISOString() } as any,
    })
    await editEvent(event.id, { deletedAt: new Date().toISOString() })
    const anyone = { overrideAccess: false, depth: 0, trash: true } as const
    const events = await payload.find({
      collection: 'events',
      ...anyone,
      where: { id: { equals: event.id } },
    })
    const reports = await payload.find({
      collection: 'reports',
      ...anyone,
      where: { id: { equals: report.id } },
    })
    expect([events.docs, reports.docs]).toEqual([[], []])
    // The ministry still finds both in the trash, to restore them.
    const editor = { overrideAccess: false, user: world.users.editor, depth: 0, trash: true } as const
    const inTrash = await payload.find({
      collection: 'events',
      ...editor,
      where: { id: { equals: event.id } },
    })
    expect(inTrash.docs).toHaveLength(1)
  })

  it('changes nothing else of the screening: no date, no audit entry, subtitles and guests kept', async () => {
    const { event, screening } = await publishedEventWithScreening('Bookkeeping')
    const before = await stored(screening.id)
    const audited = () =>
      payload.count({
        collection: 'audit-log' as never,
        overrideAccess: true,
        where: {
          and: [
            { collectionName: { equals: 'screenings' } },
            { documentID: { equals: String(screening.id) } },
          ],
        },
      })
    const entries = (await audited()).totalDocs
    await editEvent(event.id, { _status: 'draft' })
    await editEvent(event.id, { _status: 'published' })
    const after = await stored(screening.id)
    expect(after.eventPublic).toBe(true)
    expect(after.updatedAt).toBe(before.updatedAt)
    expect(after.subtitles).toEqual(['en', 'fr'])
    expect(after.language).toBe('kk')
    expect(after.guests?.map((guest) => [guest.name, guest.role])).toEqual([
      ['Aliya Anuarbek', 'lead actress'],
    ])
    expect(after.venue?.name).toBe('Cinematheque')
    expect((await audited()).totalDocs).toBe(entries)
  })
})

describe('npm run screenings:refresh', () => {
  it('puts every screening back in step with its event', async () => {
    const { screening } = await publishedEventWithScreening('Refreshed')
    // As a restore from an older backup or a MongoDB database from before the field would hold it.
    const write = (id: ID, eventPublic: boolean) =>
      payload.db.updateOne({ collection: 'screenings', id, data: { eventPublic }, returning: false })
    await write(screening.id, false)
    await write(world.screenings.draftB.id, true)
    expect(await publicSees(world.screenings.draftB.id)).toBe(true)

    expect(await refreshScreeningVisibility(payload, { batchSize: 2 })).toBeGreaterThan(4)
    expect(await publicSees(screening.id)).toBe(true)
    expect(await publicSees(world.screenings.draftB.id)).toBe(false)
  })

  // SQL stands in for a MongoDB document without the field.
  it.skipIf(mongo)('fills in on start what a database from before the field lacks (MongoDB)', async () => {
    const { screening } = await publishedEventWithScreening('Without a value')
    // As MongoDB holds a document saved before the field existed: no value at all.
    await (payload.db as unknown as { drizzle: { run: (s: unknown) => Promise<unknown> } }).drizzle.run(
      sql`UPDATE screenings SET event_public = NULL WHERE id = ${screening.id}`,
    )
    expect(await publicSees(screening.id)).toBe(false)
    await refreshScreeningsWithoutVisibility(payload)
    expect(await publicSees(screening.id)).toBe(true)
  })

  it('hides the screenings of an event deleted before the guard', async () => {
    const { screening: orphan } = await publishedEventWithScreening('Refreshed orphan')
    // Pointed at an event that is gone, as MongoDB let a delete leave it before the guard. Only the
    // screening is touched (SQLite's foreign keys off for that one statement): deleting the event
    // row itself would leave its languages' rows behind, under an ID the next event takes.
    if (mongo)
      await payload.db.updateOne({
        collection: 'screenings',
        id: orphan.id,
        data: { event: '000000000000000000000000' },
        returning: false,
      })
    else {
      const { drizzle } = payload.db as unknown as { drizzle: { run: (s: unknown) => Promise<unknown> } }
      await drizzle.run(sql`PRAGMA foreign_keys = OFF`)
      await drizzle.run(sql`UPDATE screenings SET event_id = 999999999 WHERE id = ${orphan.id}`)
      await drizzle.run(sql`PRAGMA foreign_keys = ON`)
    }
    try {
      await refreshScreeningVisibility(payload)
      expect(await publicSees(orphan.id)).toBe(false)
    } finally {
      await payload.db.deleteOne({ collection: 'screenings', where: { id: { equals: orphan.id } } })
    }
  })
})
