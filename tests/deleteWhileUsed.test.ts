import type { Payload, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { i18nIn } from '../i18n/ruleMessage'
import { context, rejection, startPayload } from './helpers/payload'
import { imageFile } from './helpers/image'
import { buildWorld, type World } from './helpers/world'

// Deleting for good what others point at (hooks/refuseDeleteWhileUsed.ts): refused with the others
// named, in the person's language, and nothing lost; an event takes its own screenings along.
let payload: Payload
let world: World

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload, 'delete-while-used')
})
afterAll(() => payload.destroy())

type ID = number | string
const asAdmin = { context, overrideAccess: false, user: undefined as unknown, depth: 0 }
const admin = () => ({ ...asAdmin, user: world.users.admin })
const system = { context, overrideAccess: true, depth: 0 } as const
const exists = async (collection: 'events' | 'films' | 'screenings' | 'embassies', id: ID) =>
  Boolean(await payload.findByID({ collection, id, ...system, trash: true, disableErrors: true }))

const worldwide = [
  { territories: ['worldwide'], validFrom: '2020-01-01T12:00:00.000Z', validTo: '2030-12-31T12:00:00.000Z' },
]
const newFilm = (title: string) =>
  payload.create({ collection: 'films', ...system, data: { title, screeningRights: worldwide } as any })
const newScreening = (event: ID, film: ID) =>
  payload.create({
    collection: 'screenings',
    ...system,
    data: { event, film, startsAt: '2026-06-02T17:00:00.000Z', venue: { name: 'Hall' } } as any,
  })

describe('deleting for good what others point at', () => {
  it('takes an event’s screenings with it when no report is on it, and records each', async () => {
    const { event, screening } = await world.stage(world.embassyA, 'Deleted with its screenings')
    const second = await newScreening(event.id, world.film.id)
    await payload.update({
      collection: 'events',
      id: event.id,
      ...system,
      data: { deletedAt: new Date().toISOString() },
    })
    await payload.delete({ collection: 'events', id: event.id, ...admin(), trash: true })
    expect(await exists('events', event.id)).toBe(false)
    expect(await exists('screenings', screening.id)).toBe(false)
    expect(await exists('screenings', second.id)).toBe(false)
    const { docs } = await payload.find({
      collection: 'audit-log',
      ...system,
      where: { and: [{ collectionName: { equals: 'screenings' } }, { action: { equals: 'delete' } }] },
      pagination: false,
    })
    expect(docs.map((entry) => String(entry.documentID))).toEqual(
      expect.arrayContaining([String(screening.id), String(second.id)]),
    )
  })

  it('refuses an event a report is on, naming the reports, and keeps its screenings', async () => {
    const event = world.events.publishedA
    const refused = await rejection(payload.delete({ collection: 'events', id: event.id, ...admin() }))
    expect(refused.status).toBe(409)
    expect(refused.message).toContain('Reports: 1')
    expect(await exists('events', event.id)).toBe(true)
    expect(await exists('screenings', world.screenings.publishedA.id)).toBe(true)
  })

  it('says how many of those are in the trash, where the admin’s list does not show them', async () => {
    const { event, screening } = await world.stage(world.embassyB, 'Report in the trash')
    const report = await payload.create({
      collection: 'reports',
      ...system,
      data: {
        title: 'Trashed report',
        embassy: world.embassyB.id,
        event: event.id,
        status: 'submitted',
        screenings: [{ screening: screening.id, attendance: 8 }],
      } as any,
    })
    await payload.update({
      collection: 'reports',
      id: report.id,
      ...system,
      data: { deletedAt: new Date().toISOString() } as any,
    })
    const refused = await rejection(payload.delete({ collection: 'events', id: event.id, ...admin() }))
    expect(refused.message).toContain('Reports: 1 (1 in the trash)')
  })

  it('says so in the admin’s language', async () => {
    const i18n = await i18nIn(payload, 'ru')
    const refused = await rejection(
      payload.delete({
        collection: 'films',
        id: world.film.id,
        ...admin(),
        req: { i18n, t: i18n.t } as Partial<PayloadRequest>,
      }),
    )
    expect(refused.status).toBe(409)
    expect(refused.message).toMatch(/^Нельзя удалить окончательно/)
    expect(refused.message).toMatch(/Показы: \d+, Мероприятия: \d+/)
  })

  it('refuses a film screened or listed by an event, deletes one nothing points at', async () => {
    const screened = await newFilm('Screened film')
    const screening = await newScreening(world.events.draftB.id, screened.id)
    expect(
      (await rejection(payload.delete({ collection: 'films', id: screened.id, ...admin() }))).message,
    ).toContain('Screenings: 1')
    const listed = await newFilm('Listed film')
    await payload.update({
      collection: 'events',
      id: world.events.draftB.id,
      ...system,
      draft: true,
      data: { films: [listed.id] },
    })
    const refused = await rejection(payload.delete({ collection: 'films', id: listed.id, ...admin() }))
    expect(refused.message).toContain('Events: 1')
    expect(refused.message).not.toContain('Screenings')

    await payload.delete({ collection: 'screenings', id: screening.id, ...admin() })
    await payload.delete({ collection: 'films', id: screened.id, ...admin() })
    expect(await exists('films', screened.id)).toBe(false)
    expect(await exists('films', listed.id)).toBe(true)
  })

  it('refuses a screening a report counts, and one an earlier version of a report counted', async () => {
    const cited = world.screenings.publishedA
    expect(
      (await rejection(payload.delete({ collection: 'screenings', id: cited.id, ...admin() }))).message,
    ).toContain('Reports: 1')
    // A draft report that counted a second screening, then was changed to count another.
    const { event, screening: first } = await world.stage(world.embassyB, 'Earlier version')
    const second = await newScreening(event.id, world.film.id)
    const report = await payload.create({
      collection: 'reports',
      ...system,
      data: {
        title: 'Versioned',
        embassy: world.embassyB.id,
        event: event.id,
        status: 'draft',
        screenings: [{ screening: second.id, attendance: 5 }],
      } as any,
    })
    await payload.update({
      collection: 'reports',
      id: report.id,
      ...system,
      data: { screenings: [{ screening: first.id, attendance: 5 }] } as any,
    })
    const refused = await rejection(payload.delete({ collection: 'screenings', id: second.id, ...admin() }))
    expect(refused.status).toBe(409)
    expect(refused.message).toContain('earlier versions of Reports')
    expect(await exists('screenings', second.id)).toBe(true)
  })

  it('refuses an image a film, an event’s draft or a report shows', async () => {
    const refused = await rejection(payload.delete({ collection: 'media', id: world.poster.id, ...admin() }))
    expect(refused.status).toBe(409)
    expect(refused.message).toContain('Films: 1')
    const hero = await payload.create({
      collection: 'media',
      ...system,
      data: { alt: 'Hero of a draft' } as any,
      file: await imageFile('hero-of-a-draft.jpg'),
    })
    await payload.update({
      collection: 'events',
      id: world.events.draftA.id,
      ...system,
      draft: true,
      data: { heroImage: hero.id } as any,
    })
    expect(
      (await rejection(payload.delete({ collection: 'media', id: hero.id, ...admin() }))).message,
    ).toContain('Events: 1')
    const unused = await payload.create({
      collection: 'media',
      ...system,
      data: { alt: 'Unused' } as any,
      file: await imageFile('unused.jpg'),
    })
    await payload.delete({ collection: 'media', id: unused.id, ...admin() })
    expect(
      await payload.findByID({ collection: 'media', id: unused.id, ...system, disableErrors: true }),
    ).toBeNull()
  })

  it('deletes nothing of a batch’s event whose screening another event’s report counts', async () => {
    // A screening moved to another event after a report of its first event counted it.
    const { event: kept } = await world.stage(world.embassyA, 'Batch, kept')
    const { event: other, screening: moved } = await world.stage(world.embassyA, 'Batch, report')
    await payload.create({
      collection: 'reports',
      ...system,
      data: {
        title: 'Counts a screening moved away',
        embassy: world.embassyA.id,
        event: other.id,
        status: 'draft',
        screenings: [{ screening: moved.id, attendance: 3 }],
      } as any,
    })
    const sibling = await newScreening(kept.id, world.film.id)
    await payload.update({ collection: 'screenings', id: moved.id, ...system, data: { event: kept.id } })
    // The admin's bulk delete from the trash: Payload commits what each document's hooks did.
    const result = await payload.delete({
      collection: 'events',
      ...admin(),
      trash: true,
      where: { id: { in: [kept.id] } },
    })
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0].message).toContain('Reports: 1')
    expect(await exists('events', kept.id)).toBe(true)
    expect(await exists('screenings', sibling.id)).toBe(true)
    expect(await exists('screenings', moved.id)).toBe(true)
  })

  it('refuses an embassy with events, reports, staff or uploads on record', async () => {
    const refused = await rejection(
      payload.delete({ collection: 'embassies', id: world.embassyA.id, ...admin() }),
    )
    expect(refused.status).toBe(409)
    expect(refused.message).toMatch(/Events: \d+, Reports: \d+, Users: \d+/)
    expect(await exists('embassies', world.embassyA.id)).toBe(true)
    const empty = await payload.create({
      collection: 'embassies',
      ...system,
      data: { name: 'Closed embassy', country: 'NO', city: 'Oslo', timezone: 'Europe/Oslo' } as any,
    })
    await payload.delete({ collection: 'embassies', id: empty.id, ...admin() })
    expect(await exists('embassies', empty.id)).toBe(false)
  })
})
