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
const asked: { token: unknown; paths: string[] }[] = []

beforeAll(async () => {
  // Stands in for the running site: records what the job queue asks it to refresh.
  server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      if (request.url === '/api/revalidate-site')
        asked.push({ token: request.headers['x-revalidate-token'], paths: JSON.parse(body).paths })
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
  it('asks the server to refresh the event’s pages when the job publishes it', async () => {
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
      .poll(() => asked.some((entry) => entry.paths.includes(`/en/events/${event.slug}`)), { timeout: 5000 })
      .toBe(true)
    const request = asked.find((entry) => entry.paths.includes(`/en/events/${event.slug}`))
    expect(request?.paths).toEqual(
      expect.arrayContaining([`/kk/events/${event.slug}`, `/ru/events/${event.slug}`]),
    )
    expect(isRevalidationToken(request?.token, process.env.PAYLOAD_SECRET!)).toBe(true)
  })

  it('only refreshes public pages, and only for the server’s own key', () => {
    expect(isRevalidationToken('guess', process.env.PAYLOAD_SECRET!)).toBe(false)
  })
})
