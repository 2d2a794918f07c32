import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { context, rejection, startPayload } from './helpers/payload'
import { imageFile } from './helpers/image'
import { buildWorld, type World } from './helpers/world'

let payload: Payload
let world: World
/** The ministry's own reports (no embassy): a draft, one sent for review, one published. */
let ministryReports: Record<'draft' | 'submitted' | 'published', { id: number | string }>

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload, 'access')
  const ministryReport = async (status: 'draft' | 'submitted' | 'published') => {
    const { event, screening } = await world.stage(world.embassyB, `Ministry ${status}`)
    return payload.create({
      collection: 'reports',
      context,
      depth: 0,
      data: {
        title: `Ministry report ${status}`,
        reportedBy: status === 'draft' ? 'ministry' : 'delegation',
        delegation: status === 'draft' ? undefined : 'Delegation to the festival',
        event: event.id,
        status,
        screenings: status === 'draft' ? [] : [{ screening: screening.id, attendance: 25 }],
      },
    })
  }
  ministryReports = {
    draft: await ministryReport('draft'),
    submitted: await ministryReport('submitted'),
    published: await ministryReport('published'),
  }
})
afterAll(() => payload.destroy())

type Role = 'anonymous' | 'embassyA' | 'embassyB' | 'editor' | 'admin'
const roles: Role[] = ['anonymous', 'embassyA', 'embassyB', 'editor', 'admin']
const userOf = (role: Role) => (role === 'anonymous' ? undefined : world.users[role])
const as = (role: Role) => ({ user: userOf(role), overrideAccess: false, context, depth: 0 }) as const

/** 'ok', or the HTTP status of the refusal. */
type Outcome = 'ok' | 403 | 404
const outcomeOf = async (promise: Promise<unknown>): Promise<Outcome> => {
  try {
    await promise
    return 'ok'
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404) return status
    throw error
  }
}

// ---------------------------------------------------------------- read
/** Which of the world's documents each role may read, by the world's names for them. */
const readable: Record<string, { ids: () => Record<string, unknown>; visible: Record<Role, string[]> }> = {
  events: {
    ids: () => world.events,
    visible: {
      anonymous: ['publishedA', 'publishedB'],
      embassyA: ['publishedA', 'draftA', 'publishedB'],
      embassyB: ['publishedA', 'publishedB', 'draftB'],
      editor: ['publishedA', 'draftA', 'publishedB', 'draftB'],
      admin: ['publishedA', 'draftA', 'publishedB', 'draftB'],
    },
  },
  screenings: {
    ids: () => world.screenings,
    visible: {
      anonymous: ['publishedA', 'publishedB'],
      embassyA: ['publishedA', 'draftA', 'publishedB'],
      embassyB: ['publishedA', 'publishedB', 'draftB'],
      editor: ['publishedA', 'draftA', 'publishedB', 'draftB'],
      admin: ['publishedA', 'draftA', 'publishedB', 'draftB'],
    },
  },
  reports: {
    ids: () => ({
      ...Object.fromEntries(Object.entries(world.reportsA).map(([status, doc]) => [`A.${status}`, doc])),
      ...Object.fromEntries(Object.entries(world.reportsB).map(([status, doc]) => [`B.${status}`, doc])),
      ...Object.fromEntries(Object.entries(ministryReports).map(([status, doc]) => [`M.${status}`, doc])),
    }),
    // The ministry's own reports (M) are nobody's but the ministry's until published.
    visible: {
      anonymous: ['A.published', 'B.published', 'M.published'],
      embassyA: [
        'A.draft',
        'A.submitted',
        'A.changes_requested',
        'A.approved',
        'A.published',
        'B.published',
        'M.published',
      ],
      embassyB: ['A.published', 'B.draft', 'B.published', 'M.published'],
      editor: [
        'A.draft',
        'A.submitted',
        'A.changes_requested',
        'A.approved',
        'A.published',
        'B.draft',
        'B.published',
        'M.draft',
        'M.submitted',
        'M.published',
      ],
      admin: [
        'A.draft',
        'A.submitted',
        'A.changes_requested',
        'A.approved',
        'A.published',
        'B.draft',
        'B.published',
        'M.draft',
        'M.submitted',
        'M.published',
      ],
    },
  },
  films: {
    ids: () => ({ film: world.film }),
    visible: {
      anonymous: ['film'],
      embassyA: ['film'],
      embassyB: ['film'],
      editor: ['film'],
      admin: ['film'],
    },
  },
  embassies: {
    ids: () => ({ A: world.embassyA, B: world.embassyB }),
    visible: {
      anonymous: ['A', 'B'],
      embassyA: ['A', 'B'],
      embassyB: ['A', 'B'],
      editor: ['A', 'B'],
      admin: ['A', 'B'],
    },
  },
  media: {
    ids: () => ({ poster: world.poster, privateA: world.privateImageA }),
    visible: {
      anonymous: ['poster'],
      embassyA: ['poster', 'privateA'],
      embassyB: ['poster'],
      editor: ['poster', 'privateA'],
      admin: ['poster', 'privateA'],
    },
  },
  users: {
    ids: () => world.users,
    visible: {
      anonymous: [],
      embassyA: ['embassyA'],
      embassyB: ['embassyB'],
      editor: ['admin', 'editor', 'embassyA', 'embassyB'],
      admin: ['admin', 'editor', 'embassyA', 'embassyB'],
    },
  },
}

describe('read', () => {
  for (const [collection, rule] of Object.entries(readable))
    for (const role of roles)
      it(`${role} reads exactly ${rule.visible[role].length ? rule.visible[role].join(', ') : 'nothing'} of ${collection}`, async () => {
        const named = rule.ids() as Record<string, { id: number | string }>
        const nameOf = (id: number | string) =>
          Object.keys(named).find((name) => String(named[name].id) === String(id))
        const result = await payload
          .find({
            collection: collection as CollectionSlug,
            ...as(role),
            where: { id: { in: Object.values(named).map((doc) => doc.id) } },
            pagination: false,
          })
          .catch((error) => (error.status === 403 ? { docs: [] } : Promise.reject(error)))
        expect(result.docs.map((doc) => nameOf(doc.id)).sort()).toEqual([...rule.visible[role]].sort())
      })
})

// ---------------------------------------------------------------- create
const newDocument: Record<string, () => Promise<Record<string, unknown>> | Record<string, unknown>> = {
  events: () => ({
    title: 'New event',
    type: 'premiere',
    startsOn: '2026-07-01T12:00:00.000Z',
    timezone: 'Europe/Brussels',
    country: 'BE',
    city: 'Brussels',
  }),
  screenings: () => ({
    event: world.events.publishedA.id,
    film: world.film.id,
    startsAt: '2026-06-02T18:00:00.000Z',
    venue: { name: 'Hall' },
  }),
  // Each on an event of its own: an embassy has one report per event.
  reports: async () => ({
    title: 'New report',
    embassy: world.embassyA.id,
    event: (await world.stage(world.embassyA)).event.id,
  }),
  films: () => ({ title: 'New film' }),
  embassies: () => ({ name: 'New embassy', country: 'FR', city: 'Paris', timezone: 'Europe/Paris' }),
  users: () => ({
    email: `new-${Math.random().toString(36).slice(2)}@test.example`,
    password: 'a long enough password',
    name: 'New',
    role: 'editor',
  }),
}

const canCreate: Record<string, Role[]> = {
  events: ['editor', 'admin'],
  screenings: ['editor', 'admin'],
  // Embassy B may create a report too; it lands on its own embassy (see "forging" below) and is then refused
  // because the event belongs to embassy A.
  reports: ['embassyA', 'editor', 'admin'],
  films: ['editor', 'admin'],
  embassies: ['editor', 'admin'],
  users: ['admin'],
}

describe('create', () => {
  for (const [collection, allowed] of Object.entries(canCreate))
    for (const role of roles)
      it(`${role} ${allowed.includes(role) ? 'may' : 'may not'} create ${collection}`, async () => {
        const attempt = payload.create({
          collection: collection as CollectionSlug,
          ...as(role),
          data: (await newDocument[collection]()) as any,
        })
        if (allowed.includes(role)) await expect(attempt).resolves.toHaveProperty('id')
        else
          expect((await rejection(attempt)).status).toBe(
            role === 'embassyB' && collection === 'reports' ? 400 : 403,
          )
      })

  for (const role of roles)
    it(`${role} ${role === 'anonymous' ? 'may not' : 'may'} upload an image`, async () => {
      const attempt = payload.create({
        collection: 'media',
        ...as(role),
        data: { alt: 'Upload' },
        file: await imageFile(`upload-${role}.jpg`),
      })
      if (role === 'anonymous') expect((await rejection(attempt)).status).toBe(403)
      else await expect(attempt).resolves.toHaveProperty('id')
    })
})

// ---------------------------------------------------------------- update
/** [collection, which document, the document, a change, roles that may make it] */
const canUpdate: [CollectionSlug, string, () => { id: number | string }, Record<string, unknown>, Role[]][] =
  [
    ['events', 'events.publishedA', () => world.events.publishedA, { city: 'Liège' }, ['editor', 'admin']],
    ['events', 'events.draftA', () => world.events.draftA, { city: 'Ghent' }, ['editor', 'admin']],
    [
      'screenings',
      'screenings.publishedA',
      () => world.screenings.publishedA,
      { capacity: 99 },
      ['editor', 'admin'],
    ],
    ['films', 'film', () => world.film, { runtime: 101 }, ['editor', 'admin']],
    ['embassies', 'embassyA', () => world.embassyA, { phone: '+32 1' }, ['editor', 'admin']],
    [
      'reports',
      'reportsA.draft',
      () => world.reportsA.draft,
      { totalAttendance: 10 },
      ['embassyA', 'editor', 'admin'],
    ],
    [
      'reports',
      'reportsA.changes_requested',
      () => world.reportsA.changes_requested,
      { totalAttendance: 11 },
      ['embassyA', 'editor', 'admin'],
    ],
    [
      'reports',
      'reportsA.submitted',
      () => world.reportsA.submitted,
      { totalAttendance: 12 },
      ['editor', 'admin'],
    ],
    [
      'reports',
      'reportsA.approved',
      () => world.reportsA.approved,
      { totalAttendance: 13 },
      ['editor', 'admin'],
    ],
    [
      'reports',
      'reportsA.published',
      () => world.reportsA.published,
      { totalAttendance: 14 },
      ['editor', 'admin'],
    ],
    [
      'reports',
      'reportsB.draft',
      () => world.reportsB.draft,
      { totalAttendance: 15 },
      ['embassyB', 'editor', 'admin'],
    ],
    [
      'reports',
      'ministryReports.draft',
      () => ministryReports.draft,
      { totalAttendance: 16 },
      ['editor', 'admin'],
    ],
    [
      'reports',
      'ministryReports.submitted',
      () => ministryReports.submitted,
      { totalAttendance: 17 },
      ['editor', 'admin'],
    ],
    [
      'reports',
      'ministryReports.published',
      () => ministryReports.published,
      { totalAttendance: 18 },
      ['editor', 'admin'],
    ],
    [
      'media',
      'privateImageA',
      () => world.privateImageA,
      { credit: 'Embassy A' },
      ['embassyA', 'editor', 'admin'],
    ],
    ['media', 'poster', () => world.poster, { credit: 'Studio' }, ['editor', 'admin']],
    ['users', 'users.embassyA', () => world.users.embassyA, { name: 'Renamed A' }, ['embassyA', 'admin']],
    ['users', 'users.editor', () => world.users.editor, { name: 'Renamed editor' }, ['editor', 'admin']],
  ]

describe('update', () => {
  for (const [collection, name, doc, data, allowed] of canUpdate)
    for (const role of roles)
      it(`${role} ${allowed.includes(role) ? 'may' : 'may not'} update ${collection} ${name}`, async () => {
        const outcome = await outcomeOf(
          payload.update({ collection, id: doc().id, ...as(role), data: data as any }),
        )
        expect(outcome).toBe(allowed.includes(role) ? 'ok' : 403)
      })
})

// ---------------------------------------------------------------- delete
const disposable: Record<string, () => Promise<{ id: number | string }>> = {
  events: () => payload.create({ collection: 'events', context, data: newDocument.events() as any }),
  screenings: async () =>
    payload.create({ collection: 'screenings', context, data: (await newDocument.screenings()) as any }),
  reports: async () =>
    payload.create({
      collection: 'reports',
      context,
      data: {
        title: 'Disposable',
        embassy: world.embassyA.id,
        event: (await world.stage(world.embassyA)).event.id,
      },
    }),
  films: () => payload.create({ collection: 'films', context, data: { title: 'Disposable film' } }),
  embassies: () => payload.create({ collection: 'embassies', context, data: newDocument.embassies() as any }),
  users: () => payload.create({ collection: 'users', context, data: newDocument.users() as any }),
  media: async () =>
    payload.create({
      collection: 'media',
      context,
      data: { alt: 'Disposable' },
      file: await imageFile('disposable.jpg'),
      user: world.users.embassyA,
    }),
}

/** Deleting for good. Events and reports go to the trash first (see `trash`), which the ministry may do. */
const canDelete: Record<string, Role[]> = {
  events: ['admin'],
  screenings: ['editor', 'admin'],
  reports: ['admin'],
  films: ['editor', 'admin'],
  embassies: ['editor', 'admin'],
  users: ['admin'],
  media: ['editor', 'admin'],
}

describe('delete', () => {
  for (const [collection, allowed] of Object.entries(canDelete))
    for (const role of roles)
      it(`${role} ${allowed.includes(role) ? 'may' : 'may not'} delete ${collection}`, async () => {
        const doc = await disposable[collection]()
        const outcome = await outcomeOf(
          payload.delete({ collection: collection as CollectionSlug, id: doc.id, ...as(role) }),
        )
        expect(outcome).toBe(allowed.includes(role) ? 'ok' : 403)
        const left = await payload.count({
          collection: collection as CollectionSlug,
          where: { id: { equals: doc.id } },
        })
        expect(left.totalDocs).toBe(allowed.includes(role) ? 0 : 1)
      })
})

const canTrash: Record<string, Role[]> = { events: ['editor', 'admin'], reports: ['editor', 'admin'] }

describe('trash', () => {
  for (const [collection, allowed] of Object.entries(canTrash))
    for (const role of roles)
      it(`${role} ${allowed.includes(role) ? 'may' : 'may not'} move ${collection} to the trash`, async () => {
        const doc = await disposable[collection]()
        const outcome = await outcomeOf(
          payload.update({
            collection: collection as 'reports',
            id: doc.id,
            ...as(role),
            data: { deletedAt: new Date().toISOString() },
          }),
        )
        expect(outcome).toBe(allowed.includes(role) ? 'ok' : 403)
        const left = await payload.count({
          collection: collection as CollectionSlug,
          where: { id: { equals: doc.id } },
        })
        expect(left.totalDocs).toBe(allowed.includes(role) ? 0 : 1)
      })
})

// ---------------------------------------------------------------- the rules behind the matrix
describe('embassy boundaries', () => {
  it('embassy staff cannot read another embassy’s draft report by ID', async () => {
    const error = await rejection(
      payload.findByID({ collection: 'reports', id: world.reportsA.draft.id, ...as('embassyB') }),
    )
    expect(error.status).toBe(404)
  })

  it('embassy staff cannot update another embassy’s draft report', async () => {
    const error = await rejection(
      payload.update({
        collection: 'reports',
        id: world.reportsA.draft.id,
        ...as('embassyB'),
        data: { totalAttendance: 1 },
      }),
    )
    expect(error.status).toBe(403)
    const unchanged = await payload.findByID({ collection: 'reports', id: world.reportsA.draft.id })
    expect(unchanged.totalAttendance).not.toBe(1)
  })

  it('a report created by embassy staff belongs to their embassy, whatever the request says', async () => {
    const report = await payload.create({
      collection: 'reports',
      ...as('embassyA'),
      data: {
        title: 'Forged',
        embassy: world.embassyB.id,
        event: (await world.stage(world.embassyA)).event.id,
      },
    })
    expect(String(report.embassy)).toBe(String(world.embassyA.id))
  })

  it('embassy staff cannot move their report to another embassy', async () => {
    const report = await payload.update({
      collection: 'reports',
      id: world.reportsA.draft.id,
      ...as('embassyA'),
      data: { embassy: world.embassyB.id },
    })
    expect(String(report.embassy)).toBe(String(world.embassyA.id))
  })

  it('embassy staff cannot publish or approve their own report', async () => {
    for (const status of ['approved', 'published'] as const) {
      const error = await rejection(
        payload.update({
          collection: 'reports',
          id: world.reportsA.draft.id,
          ...as('embassyA'),
          data: { status },
        }),
      )
      expect(error.status).toBe(400)
      expect(error.paths).toEqual(['status'])
      expect(error.messages[0]).toMatch(/cannot become|Only the ministry/)
    }
    const report = await payload.findByID({ collection: 'reports', id: world.reportsA.draft.id })
    expect(report.status).toBe('draft')
  })

  it('embassy staff cannot create a report that is already published', async () => {
    const error = await rejection(
      payload.create({
        collection: 'reports',
        ...as('embassyA'),
        data: {
          title: 'Self-published',
          embassy: world.embassyA.id,
          event: (await world.stage(world.embassyA)).event.id,
          status: 'published',
        },
      }),
    )
    expect(error.paths).toEqual(['status'])
  })

  it('an upload by embassy staff is marked as their embassy’s, whatever the request says', async () => {
    const image = await payload.create({
      collection: 'media',
      ...as('embassyB'),
      data: { alt: 'Forged owner', embassy: world.embassyA.id },
      file: await imageFile('forged.jpg'),
    })
    expect(String(image.embassy)).toBe(String(world.embassyB.id))
  })
})

describe('roles and accounts', () => {
  for (const role of ['embassyA', 'editor'] as const)
    it(`${role} cannot make themselves an admin or change their embassy`, async () => {
      const self = world.users[role]
      const updated = await payload.update({
        collection: 'users',
        id: self.id,
        ...as(role),
        data: { role: 'admin', embassy: world.embassyB.id },
      })
      expect(updated.role).toBe(self.role)
      expect(String(updated.embassy ?? '')).toBe(String(self.embassy ?? ''))
    })

  it('an editor cannot create accounts, admin or otherwise', async () => {
    const error = await rejection(
      payload.create({
        collection: 'users',
        ...as('editor'),
        data: { ...(newDocument.users() as any), role: 'admin' },
      }),
    )
    expect(error.status).toBe(403)
  })

  it('an admin can change a user’s role', async () => {
    const user = await payload.create({ collection: 'users', context, data: newDocument.users() as any })
    const updated = await payload.update({
      collection: 'users',
      id: user.id,
      ...as('admin'),
      data: { role: 'embassy', embassy: world.embassyA.id },
    })
    expect(updated.role).toBe('embassy')
  })

  it('only admins may unlock a locked account', async () => {
    const email = world.users.embassyB.email
    for (const role of ['anonymous', 'embassyA', 'editor'] as Role[])
      expect(
        await outcomeOf(payload.unlock({ collection: 'users', data: { email } as any, ...as(role) })),
      ).toBe(403)
    expect(
      await outcomeOf(payload.unlock({ collection: 'users', data: { email } as any, ...as('admin') })),
    ).toBe('ok')
  })
})

describe('what the public never sees', () => {
  it('a film’s licences and their contract notes', async () => {
    const film = await payload.findByID({ collection: 'films', id: world.film.id, ...as('anonymous') })
    expect(film.title).toBeTruthy()
    expect(film.screeningRights ?? []).toEqual([])
    const seenByEmbassy = await payload.findByID({
      collection: 'films',
      id: world.film.id,
      ...as('embassyA'),
    })
    expect(seenByEmbassy.screeningRights).toHaveLength(1)
  })

  it('the review history and comments of a published report', async () => {
    const report = await payload.findByID({
      collection: 'reports',
      id: world.reportsA.published.id,
      ...as('anonymous'),
    })
    expect(report.title).toBeTruthy()
    expect(report.statusHistory ?? []).toEqual([])
    expect(report).not.toHaveProperty('statusComment')
    const seenByEmbassy = await payload.findByID({
      collection: 'reports',
      id: world.reportsA.published.id,
      ...as('embassyA'),
    })
    expect(seenByEmbassy.statusHistory?.map((entry) => entry.status)).toEqual(['published'])
  })

  it('a draft event, even by its ID', async () => {
    expect(
      (
        await rejection(
          payload.findByID({ collection: 'events', id: world.events.draftA.id, ...as('anonymous') }),
        )
      ).status,
    ).toBe(404)
  })

  it('the version history of events and reports (embassy staff neither)', async () => {
    for (const role of ['anonymous', 'embassyA'] as Role[])
      for (const collection of ['events', 'reports'] as const)
        expect((await rejection(payload.findVersions({ collection, ...as(role) }))).status).toBe(403)
  })

  it('a draft event through a published report’s relationship', async () => {
    const report = await payload.create({
      collection: 'reports',
      context,
      data: {
        title: 'On a draft',
        embassy: world.embassyA.id,
        event: world.events.draftA.id,
        status: 'published',
        screenings: [{ screening: world.screenings.draftA.id, attendance: 10 }],
      },
    })
    const seen = await payload.findByID({
      collection: 'reports',
      id: report.id,
      ...as('anonymous'),
      depth: 1,
    })
    expect(typeof seen.event === 'object' && seen.event !== null).toBe(false)
  })
})
