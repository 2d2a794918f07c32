// A screening's start is read on the venue's clock, never in the server's zone.
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { instantAtVenue, venueClock } from '../lib/venueTime'
import { context, startPayload } from './helpers/payload'
import { buildWorld, type World } from './helpers/world'

let payload: Payload
let world: World
let winterEvent: { id: number | string }
const serverZone = process.env.TZ

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload, 'venue-time')
  winterEvent = await payload.create({
    collection: 'events',
    context,
    depth: 0,
    data: {
      title: 'Winter film days',
      type: 'embassy_screening',
      startsOn: '2026-01-14T12:00:00.000Z',
      endsOn: '2026-01-16T12:00:00.000Z',
      timezone: 'Europe/Brussels',
      country: 'BE',
      city: 'Brussels',
      organisingEmbassy: world.embassyA.id,
      _status: 'published',
    },
  })
})
afterEach(() => {
  if (serverZone === undefined) delete process.env.TZ
  else process.env.TZ = serverZone
})
afterAll(() => payload.destroy())

describe('the venue’s clock', () => {
  it('reads 19:00 in Brussels in winter as 18:00Z and in summer as 17:00Z', () => {
    expect(instantAtVenue('2026-01-15T19:00', 'Europe/Brussels')).toBe('2026-01-15T18:00:00.000Z')
    expect(instantAtVenue('2026-06-02 19:00:00', 'Europe/Brussels')).toBe('2026-06-02T17:00:00.000Z')
    expect(instantAtVenue('2026-01-15T19:00:00.000Z', 'Europe/Brussels')).toBe('2026-01-15T19:00:00.000Z')
    expect(venueClock('2026-01-15T18:00:00.000Z', 'Europe/Brussels')).toBe('2026-01-15 19:00')
  })

  for (const zone of ['UTC', 'Asia/Almaty', 'America/Los_Angeles'])
    it(`stores 19:00 typed for a Brussels event as 18:00Z on a server in ${zone}`, async () => {
      process.env.TZ = zone
      const screening = await payload.create({
        collection: 'screenings',
        user: world.users.editor,
        overrideAccess: false,
        context,
        depth: 0,
        data: {
          event: winterEvent.id,
          film: world.film.id,
          startsAt: '2026-01-15T19:00',
          venue: { name: 'Cinema Galeries' },
        } as never,
      })
      expect(screening.startsAt).toBe('2026-01-15T18:00:00.000Z')
      expect(screening.startsAt_tz).toBe('Europe/Brussels')
    })

  it('reads the time in the zone given beside it, and keeps that zone', async () => {
    process.env.TZ = 'Asia/Almaty'
    const screening = await payload.create({
      collection: 'screenings',
      context,
      depth: 0,
      data: {
        event: winterEvent.id,
        film: world.film.id,
        startsAt: '2026-01-15T19:00',
        startsAt_tz: 'Europe/London',
        venue: { name: 'Hall' },
      } as never,
    })
    expect(screening.startsAt).toBe('2026-01-15T19:00:00.000Z')
    expect(screening.startsAt_tz).toBe('Europe/London')
    // Moving only the time keeps reading it in the screening's own zone.
    const moved = await payload.update({
      collection: 'screenings',
      id: screening.id,
      context,
      depth: 0,
      data: { startsAt: '2026-01-16T20:30' },
    })
    expect(moved.startsAt).toBe('2026-01-16T20:30:00.000Z')
  })
})
