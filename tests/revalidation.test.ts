// Publishing on schedule refreshes the public site, though the job queue runs outside a request.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isRevalidationToken } from '../lib/revalidation'
import { context, startPayload } from './helpers/payload'
import { buildWorld, type World } from './helpers/world'

let payload: Payload
let world: World
let server: Server
const asked: { token: unknown; tags: string[] }[] = []

beforeAll(async () => {
  // Stands in for the running site: records what the job queue asks it to refresh.
  server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      if (request.url === '/api/revalidate-site')
        asked.push({ token: request.headers['x-revalidate-token'], tags: JSON.parse(body).tags })
      response.end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  process.env.PORT = String((server.address() as AddressInfo).port)
  payload = await startPayload()
  world = await buildWorld(payload, 'revalidation')
})
afterAll(async () => {
  delete process.env.PORT
  server.close()
  await payload.destroy()
})

describe('refreshing the site after scheduled publishing', () => {
  it('asks the server to expire the event’s page, its lists and its country when the job publishes it', async () => {
    const event = await payload.create({
      collection: 'events',
      context,
      draft: true,
      data: {
        title: 'Published by the clock',
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
    await payload.jobs.runByID({ id: job.id })
    // Other saves of the test world (attendance, kept by the system) may ask first.
    await expect
      .poll(() => asked.some((entry) => entry.tags.includes(`events/${event.slug}`)), { timeout: 5000 })
      .toBe(true)
    const request = asked.find((entry) => entry.tags.includes(`events/${event.slug}`))
    expect(request?.tags).toEqual(expect.arrayContaining(['events', 'countries/fr']))
    // Only what shows the event: not the film catalogue, not the reports.
    expect(request?.tags).not.toContain('films')
    expect(isRevalidationToken(request?.token, process.env.PAYLOAD_SECRET!)).toBe(true)
  })

  it('asks nothing for a draft saved outside a request', async () => {
    const before = asked.length
    const draft = await payload.create({
      collection: 'events',
      draft: true,
      data: {
        title: 'Never published',
        type: 'premiere',
        startsOn: '2026-10-02T12:00:00.000Z',
        timezone: 'Europe/Paris',
        country: 'FR',
        city: 'Lyon',
        _status: 'draft',
      },
    })
    await payload.update({ collection: 'events', id: draft.id, draft: true, data: { city: 'Nice' } })
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(asked.slice(before).flatMap((entry) => entry.tags)).not.toContain(`events/${draft.slug}`)
  })

  it('only refreshes public pages, and only for the server’s own key', () => {
    expect(isRevalidationToken('guess', process.env.PAYLOAD_SECRET!)).toBe(false)
  })
})
