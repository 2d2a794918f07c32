import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extractID } from '../lib/extractID'
import { context, rejection, startPayload } from './helpers/payload'
import { buildWorld, type World } from './helpers/world'

let payload: Payload
let world: World

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload, 'workflow')
})
afterAll(() => payload.destroy())

const as = (role: 'embassyA' | 'embassyB' | 'editor') =>
  ({ user: world.users[role], overrideAccess: false, context, depth: 0 }) as const
/**
 * An event of its own (an embassy has one report per event) and what a submitted report must give:
 * a screening of it with its attendance.
 */
const onFreshEvent = async () => {
  const { event, screening } = await world.stage(world.embassyA)
  return { event: event.id, screenings: [{ screening: screening.id, attendance: 40 }] }
}
const freshEvent = async () => (await world.stage(world.embassyA)).event.id
const move = (id: number | string, role: 'embassyA' | 'editor', status: string, statusComment?: string) =>
  payload.update({ collection: 'reports', id, ...as(role), data: { status, statusComment } as any })

describe('a report’s life', () => {
  it('goes from the embassy’s draft to a published page, recording who moved it, when and why', async () => {
    const report = await payload.create({
      collection: 'reports',
      ...as('embassyA'),
      data: {
        title: 'Film days report',
        embassy: world.embassyA.id,
        ...(await onFreshEvent()),
      },
    })
    expect(report.status).toBe('draft')
    await move(report.id, 'embassyA', 'submitted')
    await move(report.id, 'editor', 'changes_requested', 'Please add the audience breakdown.')
    await payload.update({
      collection: 'reports',
      id: report.id,
      ...as('embassyA'),
      data: { audience: [{ segment: 'students', count: 30 }] },
    })
    await move(report.id, 'embassyA', 'submitted', 'Breakdown added.')
    await move(report.id, 'editor', 'approved')
    const published = await move(report.id, 'editor', 'published')

    expect(published.status).toBe('published')
    expect(published.publishedAt).toBeTruthy()
    expect(published.statusComment ?? null).toBeNull()
    const history = published.statusHistory ?? []
    expect(history.map((entry) => entry.status)).toEqual([
      'draft',
      'submitted',
      'changes_requested',
      'submitted',
      'approved',
      'published',
    ])
    expect(history.map((entry) => String(extractID(entry.changedBy as any)))).toEqual(
      [
        world.users.embassyA,
        world.users.embassyA,
        world.users.editor,
        world.users.embassyA,
        world.users.editor,
        world.users.editor,
      ].map((user) => String(user.id)),
    )
    expect(history[2].comment).toBe('Please add the audience breakdown.')
    expect(history[3].comment).toBe('Breakdown added.')
    expect(history.every((entry) => entry.changedAt && !Number.isNaN(Date.parse(entry.changedAt)))).toBe(true)
  })

  it('an editor cannot request changes without saying what to change', async () => {
    const report = await payload.create({
      collection: 'reports',
      context,
      data: {
        title: 'Needs comment',
        embassy: world.embassyA.id,
        ...(await onFreshEvent()),
        status: 'submitted',
      },
    })
    const error = await rejection(move(report.id, 'editor', 'changes_requested'))
    expect(error.paths).toEqual(['status'])
    expect(error.messages[0]).toBe('Say what needs to change: a comment is required when requesting changes.')
  })

  it('a report cannot skip review: a draft cannot be published directly', async () => {
    const report = await payload.create({
      collection: 'reports',
      context,
      data: { title: 'Skipping', embassy: world.embassyA.id, event: await freshEvent() },
    })
    const error = await rejection(move(report.id, 'editor', 'published'))
    expect(error.messages[0]).toBe('A report that is draft cannot become published.')
  })

  it('the embassy cannot edit a report once it is submitted', async () => {
    const report = await payload.create({
      collection: 'reports',
      ...as('embassyA'),
      data: {
        title: 'Sent',
        embassy: world.embassyA.id,
        ...(await onFreshEvent()),
        status: 'submitted',
      },
    })
    expect(
      (
        await rejection(
          payload.update({
            collection: 'reports',
            id: report.id,
            ...as('embassyA'),
            data: { totalAttendance: 5 },
          }),
        )
      ).status,
    ).toBe(403)
  })

  it('nobody can write the history by hand', async () => {
    const report = await payload.create({
      collection: 'reports',
      ...as('editor'),
      data: {
        title: 'Forged history',
        embassy: world.embassyA.id,
        event: await freshEvent(),
        statusHistory: [{ status: 'published', comment: 'forged' }],
      } as any,
    })
    expect(report.statusHistory?.map((entry) => entry.status)).toEqual(['draft'])
  })

  it('an editor can withdraw a published report back to approved', async () => {
    const report = await payload.create({
      collection: 'reports',
      context,
      data: {
        title: 'Withdrawn',
        embassy: world.embassyA.id,
        ...(await onFreshEvent()),
        status: 'published',
      },
    })
    const withdrawn = await move(report.id, 'editor', 'approved', 'Names of guests to be checked.')
    expect(withdrawn.status).toBe('approved')
    const publicView = await payload.find({
      collection: 'reports',
      overrideAccess: false,
      where: { id: { equals: report.id } },
    })
    expect(publicView.totalDocs).toBe(0)
  })

  it('a draft may be half-written, but cannot be sent without the screenings it covers', async () => {
    const report = await payload.create({
      collection: 'reports',
      ...as('embassyA'),
      data: {
        title: 'Half-written',
        embassy: world.embassyA.id,
        event: await freshEvent(),
        quotes: [{ person: 'A critic' }],
        partners: [{}],
      } as any,
    })
    expect(report.quotes?.[0]?.person).toBe('A critic')
    const error = await rejection(move(report.id, 'embassyA', 'submitted'))
    expect(error.paths).toEqual(expect.arrayContaining(['screenings', 'quotes.0.text', 'partners.0.name']))
    expect(error.messages.join(' ')).toContain('is required before the report is sent to the ministry')
  })

  it('refuses attendance for a screening that has not taken place yet', async () => {
    const stage = await world.stage(world.embassyA)
    const future = await payload.create({
      collection: 'screenings',
      context,
      overrideAccess: true,
      data: {
        event: stage.event.id,
        film: world.film.id,
        startsAt: '2026-06-03T17:00:00.000Z',
        venue: { name: 'Hall' },
      } as any,
    })
    await payload.update({
      collection: 'events',
      id: stage.event.id,
      context,
      data: { endsOn: '2030-06-03T12:00:00.000Z' },
    })
    await payload.update({
      collection: 'screenings',
      id: future.id,
      context,
      data: { startsAt: '2029-06-03T17:00:00.000Z' },
    })
    const error = await rejection(
      payload.create({
        collection: 'reports',
        ...as('embassyA'),
        data: {
          title: 'Too early',
          embassy: world.embassyA.id,
          event: stage.event.id,
          screenings: [{ screening: future.id, attendance: 12 }],
        },
      }),
    )
    expect(error.paths).toEqual(['screenings.0.attendance'])
    expect(error.messages[0]).toContain('has not taken place yet')
  })

  it('approval writes each screening’s attendance to the screening, which then counts as held', async () => {
    const stage = await world.stage(world.embassyA)
    const screening = await payload.create({
      collection: 'screenings',
      context,
      overrideAccess: true,
      data: {
        event: stage.event.id,
        film: world.film.id,
        startsAt: '2026-06-02T19:00:00.000Z',
        venue: { name: 'Second hall' },
      } as any,
    })
    const report = await payload.create({
      collection: 'reports',
      ...as('embassyA'),
      data: {
        title: 'Counted',
        embassy: world.embassyA.id,
        event: stage.event.id,
        status: 'submitted',
        screenings: [{ screening: screening.id, attendance: 87 }],
      },
    })
    expect(
      (await payload.findByID({ collection: 'screenings', id: screening.id, depth: 0 })).attendance ?? null,
    ).toBeNull()
    await move(report.id, 'editor', 'approved')
    const after = await payload.findByID({ collection: 'screenings', id: screening.id, depth: 0 })
    expect(after.status).toBe('held')
    expect(after.attendance).toBe(87)
  })

  it('approval never overwrites the attendance another confirmed report gave', async () => {
    // With one report per embassy and event, two counts meet when an event changes hands: the first
    // embassy's report was confirmed before the event was given to another embassy.
    const { event, screening } = await world.stage(world.embassyA)
    await payload.create({
      collection: 'reports',
      context,
      data: {
        title: 'The first count',
        embassy: world.embassyA.id,
        event: event.id,
        status: 'approved',
        screenings: [{ screening: screening.id, attendance: 40 }],
      },
    })
    await payload.update({
      collection: 'events',
      id: event.id,
      context,
      data: { organisingEmbassy: world.embassyB.id },
    })
    expect(
      (await payload.findByID({ collection: 'screenings', id: screening.id, depth: 0 })).attendance,
    ).toBe(40)
    const report = await payload.create({
      collection: 'reports',
      ...as('embassyB'),
      data: {
        title: 'A second count',
        embassy: world.embassyB.id,
        event: event.id,
        screenings: [{ screening: screening.id, attendance: 12 }],
      },
    })
    await payload.update({
      collection: 'reports',
      id: report.id,
      ...as('embassyB'),
      data: { status: 'submitted' },
    })
    const error = await rejection(move(report.id, 'editor', 'approved'))
    expect(error.status).toBe(400)
    expect(error.paths).toEqual(['screenings.0.attendance'])
    expect(error.messages[0]).toContain(`already recorded 40`)
    expect(error.messages[0]).toMatch(/\/admin\/collections\/reports\/\w+/)
    expect(
      (await payload.findByID({ collection: 'screenings', id: screening.id, depth: 0 })).attendance,
    ).toBe(40)
    expect((await payload.findByID({ collection: 'reports', id: report.id, depth: 0 })).status).toBe(
      'submitted',
    )
  })

  it('approval saves the report and its screenings’ attendance together, or neither', async () => {
    const stage = await world.stage(world.embassyA)
    // Two screenings of a film whose licence the ministry later cut short: the second screening no
    // longer fits it, so recording its attendance fails, and with it the whole approval.
    const film = await payload.create({
      collection: 'films',
      context,
      overrideAccess: true,
      data: {
        title: 'Licence cut short',
        screeningRights: [
          {
            territories: ['worldwide'],
            validFrom: '2026-01-01T12:00:00.000Z',
            validTo: '2030-12-31T12:00:00.000Z',
            nonCommercialOnly: false,
          },
        ],
      } as any,
    })
    const [first, second] = await Promise.all(
      ['2026-06-01T17:00:00.000Z', '2026-06-03T17:00:00.000Z'].map((startsAt) =>
        payload.create({
          collection: 'screenings',
          context,
          overrideAccess: true,
          data: {
            event: stage.event.id,
            film: film.id,
            startsAt,
            venue: { name: 'Hall' },
          } as any,
        }),
      ),
    )
    const report = await payload.create({
      collection: 'reports',
      ...as('embassyA'),
      data: {
        title: 'All or nothing',
        embassy: world.embassyA.id,
        event: stage.event.id,
        status: 'submitted',
        screenings: [
          { screening: first.id, attendance: 70 },
          { screening: second.id, attendance: 80 },
        ],
      },
    })
    await payload.update({
      collection: 'films',
      id: film.id,
      context,
      overrideAccess: true,
      data: {
        screeningRights: [
          {
            territories: ['worldwide'],
            validFrom: '2026-01-01T12:00:00.000Z',
            validTo: '2026-06-02T12:00:00.000Z',
            nonCommercialOnly: false,
          },
        ],
      } as any,
    })

    const error = await rejection(move(report.id, 'editor', 'approved'))
    expect(error.status).toBe(400)
    expect((await payload.findByID({ collection: 'reports', id: report.id, depth: 0 })).status).toBe(
      'submitted',
    )
    for (const screening of [first, second]) {
      const after = await payload.findByID({ collection: 'screenings', id: screening.id, depth: 0 })
      expect(after.attendance ?? null).toBeNull()
      expect(after.status).toBe('scheduled')
    }
  })
})
