import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extractID } from '../lib/extractID'
import { systemRequest } from '../lib/systemRequest'
import { imageFile } from './helpers/image'
import { context, rejection, startPayload } from './helpers/payload'
import { buildWorld, type World } from './helpers/world'

let payload: Payload
let world: World
beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload, 'sysrights')
})
afterAll(() => payload.destroy())

const asEmbassy = (key: 'embassyA' | 'embassyB') =>
  ({ user: world.users[key], overrideAccess: false, context, depth: 0 }) as const

const ownerOf = async (id: number | string) =>
  extractID((await payload.findByID({ collection: 'media', id, depth: 0 })).embassy)

const uploadAsA = (alt: string) =>
  imageFile(`${alt}.jpg`).then((file) =>
    payload.create({ collection: 'media', context, user: world.users.embassyA, data: { alt }, file }),
  )

/** The audit entries written about one document, newest first. */
const auditOf = async (collectionName: string, id: number | string) =>
  (
    await payload.find({
      collection: 'audit-log',
      depth: 0,
      sort: '-createdAt',
      pagination: false,
      where: {
        and: [{ collectionName: { equals: collectionName } }, { documentID: { equals: String(id) } }],
      },
    })
  ).docs

describe('another embassy’s image cannot be taken', () => {
  it('attaching another embassy’s private image to one’s own draft report is refused, naming photos', async () => {
    const image = await uploadAsA('taken-on-update')
    const error = await rejection(
      payload.update({
        collection: 'reports',
        id: world.reportsB.draft.id,
        ...asEmbassy('embassyB'),
        data: { photos: [image.id] },
      }),
    )
    expect(error.status).toBe(400)
    expect(error.paths).toEqual(['photos'])
    expect(await ownerOf(image.id)).toEqual(world.embassyA.id)
    const report = await payload.findByID({ collection: 'reports', id: world.reportsB.draft.id, depth: 0 })
    expect(report.photos ?? []).toEqual([])
  })

  it('a new report with another embassy’s private image is refused too', async () => {
    const image = await uploadAsA('taken-on-create')
    const { event } = await world.stage(world.embassyB)
    const error = await rejection(
      payload.create({
        collection: 'reports',
        ...asEmbassy('embassyB'),
        data: { title: 'Borrowed photo', event: event.id, photos: [image.id] } as any,
      }),
    )
    expect(error.status).toBe(400)
    expect(error.paths).toEqual(['photos'])
    expect(await ownerOf(image.id)).toEqual(world.embassyA.id)
  })

  it('an embassy still attaches its own uploads and public images', async () => {
    const own = await payload.create({
      collection: 'media',
      context,
      user: world.users.embassyB,
      data: { alt: 'Own photo' },
      file: await imageFile('own-b.jpg'),
    })
    const report = await payload.update({
      collection: 'reports',
      id: world.reportsB.draft.id,
      ...asEmbassy('embassyB'),
      data: { photos: [own.id, world.poster.id] },
    })
    expect(report.photos).toEqual([own.id, world.poster.id])
    expect(await ownerOf(own.id)).toEqual(world.embassyB.id)
    await payload.update({ collection: 'reports', id: report.id, context, data: { photos: [] } })
  })
})

describe('bookkeeping runs as the system and never changes who owns what', () => {
  it('an image’s visibility is recomputed by the system, and its owner stays, when another embassy saves', async () => {
    // A link made before the read check existed: B's draft points at A's image, wrongly marked public.
    const image = await uploadAsA('legacy-link')
    const { event } = await world.stage(world.embassyB)
    const report = await payload.create({
      collection: 'reports',
      context,
      depth: 0,
      data: {
        title: 'Legacy link',
        embassy: world.embassyB.id,
        event: event.id,
        photos: [image.id],
      },
    })
    await payload.db.updateOne({ collection: 'media', id: image.id, data: { inPublicUse: true } })

    await payload.update({
      collection: 'reports',
      id: report.id,
      ...asEmbassy('embassyB'),
      data: { photos: [] },
    })

    const after = await payload.findByID({ collection: 'media', id: image.id, depth: 0 })
    expect(after.inPublicUse).toBe(false)
    expect(extractID(after.embassy)).toEqual(world.embassyA.id)
    const [entry] = await auditOf('media', image.id)
    expect(entry.summary).toMatch(/^update media/)
    expect(entry.user ?? null).toBeNull()
  })

  it('an embassy user cannot hand their own image to another embassy by saving it', async () => {
    const image = await uploadAsA('keep-owner')
    const saved = await payload.update({
      collection: 'media',
      id: image.id,
      ...asEmbassy('embassyA'),
      data: { alt: 'New words', embassy: world.embassyB.id },
    })
    expect(extractID(saved.embassy)).toEqual(world.embassyA.id)
  })

  it('approval writes attendance to the screening as the system, in the approval’s transaction', async () => {
    await payload.update({
      collection: 'reports',
      id: world.reportsA.submitted.id,
      user: world.users.editor,
      overrideAccess: false,
      context,
      data: { status: 'approved' },
    })
    const screening = await payload.findByID({
      collection: 'screenings',
      id: world.screenings.publishedA.id,
      depth: 0,
    })
    expect(screening).toMatchObject({ status: 'held', attendance: 40 })
    const [entry] = await auditOf('screenings', screening.id)
    expect(entry.user ?? null).toBeNull()
  })

  it('the audit entry of an embassy’s save names the embassy user, and is written as the system', async () => {
    await payload.update({
      collection: 'reports',
      id: world.reportsA.draft.id,
      ...asEmbassy('embassyA'),
      data: { totalAttendance: 12 },
    })
    const [entry] = await auditOf('reports', world.reportsA.draft.id)
    expect(entry.action).toBe('update')
    expect(extractID(entry.user)).toEqual(world.users.embassyA.id)
  })

  it('a submission by embassy staff queues the editors’ email', async () => {
    const staged = await world.stage(world.embassyA)
    const report = await payload.create({
      collection: 'reports',
      ...asEmbassy('embassyA'),
      data: {
        title: 'Sent by the embassy',
        event: staged.event.id,
        status: 'submitted',
        screenings: [{ screening: staged.screening.id, attendance: 5 }],
      } as any,
    })
    const { docs } = await payload.find({ collection: 'payload-jobs', depth: 0, pagination: false })
    const queued = docs.filter((job) => (job.input as { report?: string })?.report === String(report.id))
    expect(queued).toHaveLength(1)
  })

  it('a system request shares the caller’s transaction and user-free, context-free rights', async () => {
    const transactionID = await payload.db.beginTransaction()
    try {
      const callerReq = { payload, transactionID, user: world.users.embassyA, context: { mark: 1 } } as any
      const system = await systemRequest(callerReq)
      expect(system.transactionID).toBe(transactionID)
      expect(system.user).toBeNull()
      expect(system.context).toEqual({})
      expect(callerReq.context).toEqual({ mark: 1 })
    } finally {
      if (transactionID) await payload.db.rollbackTransaction(transactionID)
    }
  })
})
