import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { context, startPayload } from './helpers/payload'
import { buildWorld, type World } from './helpers/world'

let payload: Payload
let world: World
beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload, 'publishing')
})
afterAll(() => payload.destroy())

const publicSees = async (id: number | string) =>
  (await payload.find({ collection: 'events', overrideAccess: false, where: { id: { equals: id } } }))
    .totalDocs === 1

describe('scheduled publishing of events', () => {
  it('publishes a draft event when its time comes, as the editor who scheduled it', async () => {
    const event = await payload.create({
      collection: 'events',
      context,
      draft: true,
      data: {
        title: 'Announced at noon',
        type: 'premiere',
        startsOn: '2026-10-01T12:00:00.000Z',
        timezone: 'Europe/Paris',
        country: 'FR',
        city: 'Paris',
        _status: 'draft',
      },
    })
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() - 1000),
      input: {
        type: 'publish',
        doc: { relationTo: 'events', value: event.id },
        user: { relationTo: 'users', value: world.users.editor.id },
      },
    })
    expect(await publicSees(event.id)).toBe(false)
    // Other files' jobs (notification emails) share the queue; run this one.
    await payload.jobs.runByID({ id: job.id })
    expect(await publicSees(event.id)).toBe(true)
  })

  it('leaves a draft alone until its time comes', async () => {
    const event = await payload.create({
      collection: 'events',
      context,
      draft: true,
      data: {
        title: 'Announced next week',
        type: 'premiere',
        startsOn: '2026-10-01T12:00:00.000Z',
        timezone: 'Europe/Paris',
        country: 'FR',
        city: 'Paris',
        _status: 'draft',
      },
    })
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() + 7 * 24 * 3600 * 1000),
      input: {
        type: 'publish',
        doc: { relationTo: 'events', value: event.id },
        user: { relationTo: 'users', value: world.users.editor.id },
      },
    })
    await payload.jobs.run({ where: { id: { equals: job.id } } })
    expect(await publicSees(event.id)).toBe(false)
  })
})
