import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { context, rejection, startPayload } from './helpers/payload'
import { buildWorld, type World } from './helpers/world'

let payload: Payload
let world: World

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload, 'validation')
})
afterAll(() => payload.destroy())

const asEditor = () => ({ user: world.users.editor, overrideAccess: false, context, depth: 0 })

const newEvent = (overrides: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'events',
    ...asEditor(),
    data: {
      title: 'Film evening',
      type: 'embassy_screening',
      startsOn: '2026-09-10T12:00:00.000Z',
      endsOn: '2026-09-12T12:00:00.000Z',
      timezone: 'Europe/Brussels',
      country: 'BE',
      city: 'Brussels',
      _status: 'published',
      ...overrides,
    } as any,
  })

describe('events', () => {
  it('rejects an event that ends before it starts, naming the end date', async () => {
    const error = await rejection(
      newEvent({ startsOn: '2026-09-12T12:00:00.000Z', endsOn: '2026-09-10T12:00:00.000Z' }),
    )
    expect(error.status).toBe(400)
    expect(error.paths).toEqual(['endsOn'])
    expect(error.messages[0]).toContain('2026-09-10, before it starts on 2026-09-12')
  })

  it('accepts a one-day event whose last day is left empty, ending it the same day', async () => {
    const event = await newEvent({ endsOn: undefined, title: 'One-day screening' })
    expect(event.endsOn?.slice(0, 10)).toBe('2026-09-10')
  })

  it('rejects a country that is not an ISO 3166-1 alpha-2 code', async () => {
    const error = await rejection(newEvent({ country: 'Belgium' }))
    expect(error.status).toBe(400)
    expect(error.paths).toContain('country')
  })

  it('rejects a time zone that is not an IANA zone', async () => {
    const error = await rejection(newEvent({ timezone: 'Brussels time' }))
    expect(error.status).toBe(400)
    expect(error.paths).toContain('timezone')
  })

  it('refuses to move an event’s dates away from screenings already planned', async () => {
    const error = await rejection(
      payload.update({
        collection: 'events',
        id: world.events.publishedA.id,
        ...asEditor(),
        data: { startsOn: '2026-06-05T12:00:00.000Z', endsOn: '2026-06-07T12:00:00.000Z' },
      }),
    )
    expect(error.status).toBe(400)
    expect(error.paths).toEqual(['startsOn'])
    expect(error.messages[0]).toContain('1 screening(s)')
  })
})

describe('screenings', () => {
  const newScreening = (data: Record<string, unknown>) =>
    payload.create({
      collection: 'screenings',
      ...asEditor(),
      data: {
        event: world.events.publishedA.id,
        film: world.film.id,
        venue: { name: 'Hall' },
        ...data,
      } as any,
    })

  it('rejects a screening outside its event’s dates, naming the dates', async () => {
    const error = await rejection(newScreening({ startsAt: '2026-06-10T17:00:00.000Z' }))
    expect(error.status).toBe(400)
    expect(error.paths).toEqual(['startsAt'])
    expect(error.messages[0]).toContain('2026-06-10 (Europe/Brussels)')
    expect(error.messages[0]).toContain('from 2026-06-01 to 2026-06-03')
  })

  it('reads the event’s dates on the venue’s calendar, not in UTC', async () => {
    // 00:30 on 4 June in Brussels is 22:30 UTC on 3 June: outside the event, though UTC says 3 June.
    const error = await rejection(newScreening({ startsAt: '2026-06-03T22:30:00.000Z' }))
    expect(error.paths).toEqual(['startsAt'])
    expect(error.messages[0]).toContain('2026-06-04')
  })

  it('stores the start in UTC and keeps the venue’s zone beside it, defaulting to the event’s', async () => {
    const screening = await newScreening({ startsAt: '2026-06-02T17:00:00.000Z' })
    expect(screening.startsAt).toBe('2026-06-02T17:00:00.000Z')
    expect(screening.startsAt_tz).toBe('Europe/Brussels')
  })

  it('rejects a film with no licence for the country and date, naming film, country and date', async () => {
    const film = await payload.create({
      collection: 'films',
      ...asEditor(),
      data: {
        title: 'Licensed for France only',
        screeningRights: [
          { territories: ['FR'], validFrom: '2026-01-01T12:00:00.000Z', validTo: '2026-12-31T12:00:00.000Z' },
        ],
      },
    })
    const error = await rejection(newScreening({ film: film.id, startsAt: '2026-06-02T17:00:00.000Z' }))
    expect(error.status).toBe(400)
    expect(error.paths).toEqual(['film'])
    expect(error.messages[0]).toBe(
      '“Licensed for France only” has no screening licence for Belgium on 2026-06-02. Add a licence to the film or choose another film.',
    )
  })

  it('rejects a licence that has expired by the screening date', async () => {
    const film = await payload.create({
      collection: 'films',
      ...asEditor(),
      data: {
        title: 'Licence ended in May',
        screeningRights: [
          { territories: ['BE'], validFrom: '2026-01-01T12:00:00.000Z', validTo: '2026-05-31T12:00:00.000Z' },
        ],
      },
    })
    const error = await rejection(newScreening({ film: film.id, startsAt: '2026-06-02T17:00:00.000Z' }))
    expect(error.paths).toEqual(['film'])
  })

  it('rejects a format the licence does not cover, listing the formats it does', async () => {
    const film = await payload.create({
      collection: 'films',
      ...asEditor(),
      data: {
        title: 'DCP only',
        screeningRights: [{ territories: ['BE'], validFrom: '2026-01-01T12:00:00.000Z', formats: ['dcp'] }],
      },
    })
    const error = await rejection(
      newScreening({ film: film.id, startsAt: '2026-06-02T17:00:00.000Z', format: 'bluray' }),
    )
    expect(error.paths).toEqual(['film'])
    expect(error.messages[0]).toContain('in the bluray format. The licences there cover: dcp.')
  })

  it('rejects a ticketed screening under a non-commercial licence', async () => {
    const film = await payload.create({
      collection: 'films',
      ...asEditor(),
      data: {
        title: 'Non-commercial',
        screeningRights: [
          { territories: ['worldwide'], validFrom: '2026-01-01T12:00:00.000Z', nonCommercialOnly: true },
        ],
      },
    })
    const error = await rejection(
      newScreening({ film: film.id, startsAt: '2026-06-02T17:00:00.000Z', admission: 'ticketed' }),
    )
    expect(error.messages[0]).toContain('non-commercial screenings only')
    await expect(
      newScreening({ film: film.id, startsAt: '2026-06-02T17:00:00.000Z', admission: 'free' }),
    ).resolves.toBeTruthy()
  })

  it('checks the licence again when only the date changes', async () => {
    const film = await payload.create({
      collection: 'films',
      ...asEditor(),
      data: {
        title: 'Licence from 2 June',
        screeningRights: [{ territories: ['BE'], validFrom: '2026-06-02T12:00:00.000Z' }],
      },
    })
    const screening = await newScreening({ film: film.id, startsAt: '2026-06-02T17:00:00.000Z' })
    const error = await rejection(
      payload.update({
        collection: 'screenings',
        id: screening.id,
        ...asEditor(),
        data: { startsAt: '2026-06-01T17:00:00.000Z' },
      }),
    )
    expect(error.paths).toEqual(['film'])
  })

  it('accepts an evening screening that is already the next day in UTC', async () => {
    const screening = await payload.create({
      collection: 'screenings',
      ...asEditor(),
      data: {
        event: world.events.publishedB.id,
        film: world.film.id,
        startsAt: '2026-06-04T00:00:00.000Z',
        venue: { name: 'Hall' },
        status: 'scheduled',
      },
    })
    // 20:00 on 3 June in New York, the event's last day.
    expect(screening.startsAt_tz).toBe('America/New_York')
  })

  it('rejects attendance on a screening that has not been held', async () => {
    const error = await rejection(
      newScreening({ startsAt: '2026-06-02T17:00:00.000Z', status: 'scheduled', attendance: 40 }),
    )
    expect(error.paths).toEqual(['attendance'])
    expect(error.messages[0]).toBe('Attendance can only be recorded once the screening has been held.')
  })

  it('rejects a negative attendance', async () => {
    const error = await rejection(
      newScreening({ startsAt: '2026-06-02T17:00:00.000Z', status: 'held', attendance: -3 }),
    )
    expect(error.paths).toEqual(['attendance'])
  })
})

describe('films', () => {
  it('rejects a licence that ends before it starts', async () => {
    const error = await rejection(
      payload.create({
        collection: 'films',
        ...asEditor(),
        data: {
          title: 'Backwards licence',
          screeningRights: [
            {
              territories: ['BE'],
              validFrom: '2026-06-01T12:00:00.000Z',
              validTo: '2026-01-01T12:00:00.000Z',
            },
          ],
        },
      }),
    )
    expect(error.paths).toEqual(['screeningRights.0.validTo'])
  })

  it('rejects a licence territory that is not a country code or “worldwide”', async () => {
    const error = await rejection(
      payload.create({
        collection: 'films',
        ...asEditor(),
        data: {
          title: 'Bad territory',
          screeningRights: [{ territories: ['Europe' as any], validFrom: '2026-01-01T12:00:00.000Z' }],
        },
      }),
    )
    expect(error.paths).toEqual(['screeningRights.0.territories'])
  })

  it('rejects a trailer link that is not a web address', async () => {
    const error = await rejection(
      payload.create({
        collection: 'films',
        ...asEditor(),
        data: { title: 'Bad link', trailerUrl: 'javascript:alert(1)' },
      }),
    )
    expect(error.paths).toEqual(['trailerUrl'])
  })
})

describe('slugs', () => {
  it('makes the slug from the English title', async () => {
    const film = await payload.create({
      collection: 'films',
      ...asEditor(),
      locale: 'en',
      data: { title: 'The Horse Thieves' },
    })
    expect(film.slug).toBe('the-horse-thieves')
  })

  it('makes the slug from a Russian title, in Latin letters', async () => {
    const film = await payload.create({
      collection: 'films',
      ...asEditor(),
      locale: 'ru',
      data: { title: 'Конокрады: Дороги времени' },
    })
    expect(film.slug).toBe('konokrady-dorogi-vremeni')
  })

  it('makes the slug from a Kazakh title when that is all there is', async () => {
    const film = await payload.create({
      collection: 'films',
      ...asEditor(),
      locale: 'kk',
      data: { title: 'Жылқы ұрылары' },
    })
    expect(film.slug).toBe('zhylqy-urylary')
  })

  it('gives a second document with the same title a free slug', async () => {
    const first = await payload.create({ collection: 'films', ...asEditor(), data: { title: 'Same Name' } })
    const second = await payload.create({ collection: 'films', ...asEditor(), data: { title: 'Same Name' } })
    expect(first.slug).toBe('same-name')
    expect(second.slug).toBe('same-name-2')
  })

  it('rejects a slug another document already uses, saying so', async () => {
    await payload.create({ collection: 'films', ...asEditor(), data: { title: 'Taken', slug: 'taken-slug' } })
    const error = await rejection(
      payload.create({ collection: 'films', ...asEditor(), data: { title: 'Other', slug: 'taken-slug' } }),
    )
    expect(error.status).toBe(400)
    expect(error.paths).toEqual(['slug'])
    expect(error.messages[0]).toBe(
      'The slug “taken-slug” is already used by another document. Choose a different one.',
    )
  })

  it('rejects a slug with spaces or capitals', async () => {
    const error = await rejection(
      payload.create({ collection: 'films', ...asEditor(), data: { title: 'Bad slug', slug: 'Bad Slug' } }),
    )
    expect(error.paths).toEqual(['slug'])
  })

  it('keeps the slug when the title changes, so printed links keep working', async () => {
    const film = await payload.create({
      collection: 'films',
      ...asEditor(),
      data: { title: 'Working Title' },
    })
    const renamed = await payload.update({
      collection: 'films',
      id: film.id,
      ...asEditor(),
      data: { title: 'Final Title' },
    })
    expect(renamed.slug).toBe('working-title')
  })

  it('lets two collections use the same slug', async () => {
    const film = await payload.create({ collection: 'films', ...asEditor(), data: { title: 'Shared Slug' } })
    const event = await newEvent({ title: 'Shared Slug' })
    expect(film.slug).toBe('shared-slug')
    expect(event.slug).toBe('shared-slug')
  })
})

describe('users', () => {
  it('requires an embassy for an embassy staff account', async () => {
    const error = await rejection(
      payload.create({
        collection: 'users',
        user: world.users.admin,
        overrideAccess: false,
        context,
        data: {
          email: 'no-embassy@test.example',
          password: 'long enough password',
          name: 'No embassy',
          role: 'embassy',
        },
      }),
    )
    expect(error.paths).toEqual(['embassy'])
    expect(error.messages[0]).toBe('An embassy staff account must be linked to its embassy.')
  })
})

describe('reports', () => {
  // Each on an event of its own: an embassy has one report per event.
  const newReport = async (data: Record<string, unknown>) =>
    payload.create({
      collection: 'reports',
      ...asEditor(),
      data: {
        title: 'Report',
        embassy: world.embassyA.id,
        event: (await world.stage(world.embassyA)).event.id,
        ...data,
      } as any,
    })

  it('rejects an audience breakdown that adds up to more than the total attendance', async () => {
    const error = await rejection(
      newReport({
        totalAttendance: 100,
        audience: [
          { segment: 'students', count: 80 },
          { segment: 'diaspora', count: 40 },
        ],
      }),
    )
    expect(error.paths).toEqual(['audience'])
    expect(error.messages[0]).toContain('adds up to 120, more than the total attendance of 100')
  })

  it('fills the total attendance from the breakdown when it is left empty', async () => {
    const report = await newReport({
      audience: [
        { segment: 'students', count: 80 },
        { segment: 'diaspora', count: 40 },
      ],
    })
    expect(report.totalAttendance).toBe(120)
  })

  it('rejects, even in a draft, a breakdown larger than the screenings’ count when no total is typed', async () => {
    // The portal sends an empty total each save, so the total was silently raised to the breakdown.
    const { event, screening } = await world.stage(world.embassyA)
    const error = await rejection(
      newReport({
        event: event.id,
        status: 'draft',
        totalAttendance: null,
        screenings: [{ screening: screening.id, attendance: 40 }],
        audience: [{ segment: 'students', count: 150 }],
      }),
    )
    expect(error.status).toBe(400)
    expect(error.paths).toEqual(['audience'])
    expect(error.messages[0]).toContain('adds up to 150, more than the 40 people the screenings counted')
  })

  it('rejects screenings that belong to another event', async () => {
    const error = await rejection(
      newReport({ screenings: [{ screening: world.screenings.publishedB.id, attendance: 10 }] }),
    )
    expect(error.paths).toEqual(['screenings.0.screening'])
    expect(error.messages[0]).toContain('not part of the report’s event')
  })

  it('rejects a report on an event organised by another embassy', async () => {
    const error = await rejection(newReport({ event: world.events.publishedB.id }))
    expect(error.paths).toEqual(['event'])
    expect(error.messages[0]).toContain('organised by another embassy')
  })
})

describe('one report per embassy and event', () => {
  const asEmbassyA = () => ({ user: world.users.embassyA, overrideAccess: false, context, depth: 0 })
  const draft = (event: unknown, title = 'Film days') =>
    payload.create({
      collection: 'reports',
      ...asEmbassyA(),
      data: { title, embassy: world.embassyA.id, event } as any,
    })

  it('refuses an embassy’s second report on an event, linking the first in the portal', async () => {
    const { event } = await world.stage(world.embassyA)
    const first = await draft(event.id, 'The first one')
    const error = await rejection(draft(event.id, 'A second one'))
    expect(error.status).toBe(400)
    expect(error.paths).toEqual(['event'])
    expect(error.messages[0]).toContain('“The first one”')
    expect(error.messages[0]).toContain(`/portal/reports/${first.id}`)
  })

  it('refuses a second report on the event that has the embassy’s published one, linking it in the admin for the ministry', async () => {
    const error = await rejection(
      payload.create({
        collection: 'reports',
        ...asEditor(),
        data: { title: 'Again', embassy: world.embassyA.id, event: world.events.publishedA.id } as any,
      }),
    )
    expect(error.status).toBe(400)
    expect(error.paths).toEqual(['event'])
    expect(error.messages[0]).toContain(`/admin/collections/reports/${world.reportsA.published.id}`)
  })

  it('refuses moving a report onto an event the embassy already reported on', async () => {
    const { event } = await world.stage(world.embassyA)
    const report = await draft(event.id)
    const error = await rejection(
      payload.update({
        collection: 'reports',
        id: report.id,
        ...asEmbassyA(),
        data: { event: world.reportsA.submitted.event } as any,
      }),
    )
    expect(error.paths).toEqual(['event'])
    expect(error.messages[0]).toContain(`/portal/reports/${world.reportsA.submitted.id}`)
  })

  it('lets a report be saved again on its own event', async () => {
    const { event } = await world.stage(world.embassyA)
    const report = await draft(event.id)
    const saved = await payload.update({
      collection: 'reports',
      id: report.id,
      ...asEmbassyA(),
      data: { title: 'Renamed' } as any,
    })
    expect(saved.title).toBe('Renamed')
  })

  it('a report in the trash does not block a new one', async () => {
    const { event } = await world.stage(world.embassyA)
    const trashed = await draft(event.id)
    await payload.update({
      collection: 'reports',
      id: trashed.id,
      context,
      data: { deletedAt: new Date().toISOString() } as any,
    })
    const second = await draft(event.id, 'Started again')
    expect(second.event).toBe(event.id)
  })

  it('a report cannot come back from the trash beside the one that replaced it', async () => {
    const { event } = await world.stage(world.embassyA)
    const trashed = await draft(event.id, 'Thrown away')
    await payload.update({
      collection: 'reports',
      id: trashed.id,
      context,
      data: { deletedAt: new Date().toISOString() } as any,
    })
    const replacement = await draft(event.id, 'The replacement')
    const error = await rejection(
      payload.update({
        collection: 'reports',
        id: trashed.id,
        trash: true,
        context,
        user: world.users.editor,
        overrideAccess: false,
        data: { deletedAt: null } as any,
      }),
    )
    expect(error.paths).toEqual(['event'])
    expect(error.messages[0]).toContain(`/admin/collections/reports/${replacement.id}`)
  })

  it('two simultaneous first reports on one event: one is kept, the other refused', async () => {
    const { event } = await world.stage(world.embassyA)
    const results = await Promise.allSettled([draft(event.id, 'Tab one'), draft(event.id, 'Tab two')])
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
    const { totalDocs } = await payload.count({
      collection: 'reports',
      where: { and: [{ event: { equals: event.id } }, { embassy: { equals: world.embassyA.id } }] },
    })
    expect(totalDocs).toBe(1)
  })
})
