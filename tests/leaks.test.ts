import { canAccessAdmin, createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { context, rejection, startPayload } from './helpers/payload'
import { buildWorld, type World } from './helpers/world'

let payload: Payload
let world: World
beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload, 'leaks')
})
afterAll(() => payload.destroy())

type Who = 'embassyA' | 'embassyB' | 'editor' | 'admin'
const as = (who: Who) => ({ user: world.users[who], overrideAccess: false, context, depth: 0 }) as const

describe('refusals name only what the person may read', () => {
  it('a report on another embassy’s unpublished event is refused without quoting its title', async () => {
    const error = await rejection(
      payload.create({
        collection: 'reports',
        ...as('embassyA'),
        data: { title: 'On their draft', event: world.events.draftB.id } as any,
      }),
    )
    expect(error.status).toBe(400)
    expect(error.paths).toContain('event')
    expect(JSON.stringify(error)).not.toContain(world.events.draftB.title)
  })

  it('an embassy cannot report on an event no embassy organises', async () => {
    const festival = await payload.create({
      collection: 'events',
      context,
      depth: 0,
      data: {
        title: 'Festival without an organiser',
        type: 'festival',
        startsOn: '2026-05-01T12:00:00.000Z',
        endsOn: '2026-05-03T12:00:00.000Z',
        timezone: 'Europe/Paris',
        country: 'FR',
        city: 'Cannes',
        _status: 'published',
      },
    })
    const error = await rejection(
      payload.create({
        collection: 'reports',
        ...as('embassyA'),
        data: { title: 'Not ours', event: festival.id } as any,
      }),
    )
    expect(error.status).toBe(400)
    expect(error.paths).toEqual(['event'])
  })
})

describe('the ministry’s review stays between the ministry and the report’s embassy', () => {
  const readAs = (who: Who, id: number | string) =>
    payload.findByID({ collection: 'reports', id, ...as(who) })

  it('another embassy reads a published report without its history or comments', async () => {
    const report = await readAs('embassyB', world.reportsA.published.id)
    expect(report.title).toBeTruthy()
    expect(report.statusHistory ?? []).toEqual([])
    expect(report).not.toHaveProperty('statusComment')
  })

  it('nor through a list', async () => {
    const { docs } = await payload.find({
      collection: 'reports',
      ...as('embassyB'),
      where: { id: { equals: world.reportsA.published.id } },
    })
    expect(docs).toHaveLength(1)
    expect(docs[0].statusHistory ?? []).toEqual([])
  })

  it('the report’s own embassy and the ministry still read it', async () => {
    for (const who of ['embassyA', 'editor'] as Who[])
      expect((await readAs(who, world.reportsA.published.id)).statusHistory).toHaveLength(1)
  })
})

describe('the admin is for ministry staff', () => {
  const adminAccess = async (who: Who) => {
    const req = await createLocalReq({ user: world.users[who] as any }, payload)
    try {
      await canAccessAdmin({ req })
      return true
    } catch {
      return false
    }
  }

  it('embassy staff are refused in the admin', async () => {
    expect(await adminAccess('embassyA')).toBe(false)
  })

  it('editors and admins enter it', async () => {
    expect(await adminAccess('editor')).toBe(true)
    expect(await adminAccess('admin')).toBe(true)
  })
})

describe('the server decides a report’s dates and address', () => {
  const claimed = '2001-01-01T00:00:00.000Z'

  it('embassy staff cannot set createdAt, updatedAt or the slug of a new report', async () => {
    const { event } = await world.stage(world.embassyA)
    const report = await payload.create({
      collection: 'reports',
      ...as('embassyA'),
      data: {
        title: 'Dated by the server',
        event: event.id,
        slug: 'chosen-by-embassy',
        createdAt: claimed,
        updatedAt: claimed,
      } as any,
    })
    expect(report.createdAt).not.toBe(claimed)
    expect(report.updatedAt).not.toBe(claimed)
    expect(report.slug).toBe('dated-by-the-server')
  })

  it('nor change them on their draft', async () => {
    const before = await payload.findByID({ collection: 'reports', id: world.reportsA.draft.id, depth: 0 })
    const report = await payload.update({
      collection: 'reports',
      id: before.id,
      ...as('embassyA'),
      data: { slug: 'renamed-by-embassy', createdAt: claimed, updatedAt: claimed } as any,
    })
    expect(report.createdAt).toBe(before.createdAt)
    expect(report.updatedAt).not.toBe(claimed)
    expect(report.slug).toBe(before.slug)
  })

  it('the ministry still chooses a slug', async () => {
    const report = await payload.update({
      collection: 'reports',
      id: world.reportsB.draft.id,
      ...as('editor'),
      data: { slug: 'chosen-by-ministry' },
    })
    expect(report.slug).toBe('chosen-by-ministry')
  })
})
