import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { context, rejection, startPayload } from './helpers/payload'
import { buildWorld, type World } from './helpers/world'

let payload: Payload
let world: World

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload, 'records')
})
afterAll(() => payload.destroy())

const as = (role: keyof World['users']) =>
  ({ user: world.users[role], overrideAccess: false, context, depth: 0 }) as const
/**
 * An event of its own (an embassy has one report per event) and what a submitted report must give:
 * a screening of it with its attendance.
 */
const onFreshEvent = async () => {
  const { event, screening } = await world.stage(world.embassyA)
  return { event: event.id, screenings: [{ screening: screening.id, attendance: 40 }] }
}
const auditOf = async (collectionName: string, id: number | string) =>
  (
    await payload.find({
      collection: 'audit-log',
      overrideAccess: true,
      pagination: false,
      sort: 'createdAt',
      depth: 0,
      where: {
        and: [{ collectionName: { equals: collectionName } }, { documentID: { equals: String(id) } }],
      },
    })
  ).docs

describe('nothing is lost', () => {
  it('a deleted report goes to the trash, out of public sight, and an admin brings it back', async () => {
    const report = await payload.create({
      collection: 'reports',
      context,
      data: {
        title: 'Kept safe',
        embassy: world.embassyA.id,
        ...(await onFreshEvent()),
        status: 'published',
      },
    })
    // An editor cannot delete it for good; deleting in the admin moves it to the trash.
    expect(
      (await rejection(payload.delete({ collection: 'reports', id: report.id, ...as('editor') }))).status,
    ).toBe(403)
    await payload.update({
      collection: 'reports',
      id: report.id,
      ...as('editor'),
      data: { deletedAt: new Date().toISOString() },
    })
    expect(
      (
        await payload.find({
          collection: 'reports',
          overrideAccess: false,
          where: { id: { equals: report.id } },
        })
      ).totalDocs,
    ).toBe(0)
    const trashed = await payload.find({
      collection: 'reports',
      trash: true,
      ...as('admin'),
      where: { and: [{ id: { equals: report.id } }, { deletedAt: { exists: true } }] },
    })
    expect(trashed.totalDocs).toBe(1)

    await payload.update({
      collection: 'reports',
      id: report.id,
      trash: true,
      ...as('admin'),
      data: { deletedAt: null },
    })
    const back = await payload.find({
      collection: 'reports',
      overrideAccess: false,
      where: { id: { equals: report.id } },
    })
    expect(back.docs[0]?.title).toBe('Kept safe')
  })

  it('an embassy cannot delete a report, not even its own draft', async () => {
    expect(
      (
        await rejection(
          payload.delete({ collection: 'reports', id: world.reportsA.draft.id, ...as('embassyA') }),
        )
      ).status,
    ).toBe(403)
  })

  it('every save of a report is kept as a version', async () => {
    const report = await payload.create({
      collection: 'reports',
      ...as('embassyA'),
      data: { title: 'Version one', embassy: world.embassyA.id, ...(await onFreshEvent()) },
    })
    await payload.update({
      collection: 'reports',
      id: report.id,
      ...as('embassyA'),
      data: { title: 'Version two' },
    })
    const versions = await payload.findVersions({
      collection: 'reports',
      overrideAccess: true,
      where: { parent: { equals: report.id } },
      sort: 'createdAt',
    })
    expect(versions.docs.map((version) => version.version.title)).toEqual(['Version one', 'Version two'])
  })
})

describe('the audit log of changes', () => {
  it('records who created, changed, published, trashed and restored a report', async () => {
    const report = await payload.create({
      collection: 'reports',
      ...as('embassyA'),
      data: { title: 'Audited', embassy: world.embassyA.id, ...(await onFreshEvent()) },
    })
    await payload.update({
      collection: 'reports',
      id: report.id,
      ...as('embassyA'),
      data: { status: 'submitted' },
    })
    await payload.update({
      collection: 'reports',
      id: report.id,
      ...as('editor'),
      data: { status: 'approved' },
    })
    await payload.update({
      collection: 'reports',
      id: report.id,
      ...as('editor'),
      data: { status: 'published' },
    })
    await payload.update({
      collection: 'reports',
      id: report.id,
      ...as('editor'),
      data: { deletedAt: new Date().toISOString() },
    })
    await payload.update({
      collection: 'reports',
      id: report.id,
      trash: true,
      ...as('admin'),
      data: { deletedAt: null },
    })
    const entries = await auditOf('reports', report.id)
    expect(entries.map((entry) => [entry.action, String(entry.user)])).toEqual([
      ['create', String(world.users.embassyA.id)],
      ['update', String(world.users.embassyA.id)],
      ['update', String(world.users.editor.id)],
      ['publish', String(world.users.editor.id)],
      ['delete', String(world.users.editor.id)],
      ['restore', String(world.users.admin.id)],
    ])
    expect(entries.every((entry) => entry.createdAt && entry.summary?.includes('Audited'))).toBe(true)
  })

  it('a change that is refused leaves no entry', async () => {
    const before = (await auditOf('reports', world.reportsA.draft.id)).length
    await rejection(
      payload.update({
        collection: 'reports',
        id: world.reportsA.draft.id,
        ...as('embassyA'),
        data: { totalAttendance: 1, audience: [{ segment: 'students', count: 9 }] },
      }),
    )
    expect((await auditOf('reports', world.reportsA.draft.id)).length).toBe(before)
  })

  it('records a film deleted for good, and by whom', async () => {
    const film = await payload.create({
      collection: 'films',
      ...as('editor'),
      data: { title: 'Short-lived' },
    })
    await payload.delete({ collection: 'films', id: film.id, ...as('editor') })
    expect((await auditOf('films', film.id)).map((entry) => entry.action)).toEqual(['create', 'delete'])
  })
})
