import { expect, test, type APIRequestContext } from '@playwright/test'
import { extractID } from '../lib/extractID'
import { apiToken, bySlug, newPastEvent } from './helpers'

type FieldError = { path: string; message: string }

/** POST as a demo account; return the status and the fields the answer names. */
const post = async (
  request: APIRequestContext,
  token: string,
  collection: string,
  data: Record<string, unknown>,
) => {
  const response = await request.post(`/api/${collection}`, {
    data,
    headers: { Authorization: `JWT ${token}` },
  })
  const body = (await response.json()) as {
    errors?: { data?: { errors?: FieldError[] } }[]
    doc?: Record<string, any>
  }
  const fields = (body.errors?.[0]?.data?.errors ?? []).map(({ path, message }) => ({ path, message }))
  return { status: response.status(), fields, doc: body.doc }
}

let editor: string
let ids: Record<string, number | string>

test.beforeAll(async ({ request }) => {
  editor = await apiToken(request, 'editor@example.org')
  ids = {
    brusselsDays: (await bySlug(request, 'events', 'days-of-kazakh-cinema-brussels-2025', editor)).id,
    happiness: (await bySlug(request, 'films', 'in-the-embrace-of-happiness', editor)).id,
    aika: (await bySlug(request, 'films', 'aika', editor)).id,
    belgium: (await bySlug(request, 'embassies', 'belgium', editor)).id,
    usa: (await bySlug(request, 'embassies', 'usa', editor)).id,
  }
})

const event = {
  title: 'Film evening',
  type: 'embassy_screening',
  startsOn: '2026-09-10',
  endsOn: '2026-09-12',
  timezone: 'Europe/Brussels',
  country: 'BE',
  city: 'Brussels',
}

test.describe('bad input gets a 400 that names the field', () => {
  test('an event that ends before it starts', async ({ request }) => {
    const { status, fields } = await post(request, editor, 'events', {
      ...event,
      startsOn: '2026-09-12',
      endsOn: '2026-09-10',
    })
    expect(status).toBe(400)
    expect(fields).toEqual([
      {
        path: 'endsOn',
        message:
          'The event ends on 2026-09-10, before it starts on 2026-09-12. The end date must be on or after the start date.',
      },
    ])
  })

  test('a country that is not an ISO code and a time zone that is not IANA', async ({ request }) => {
    const { status, fields } = await post(request, editor, 'events', {
      ...event,
      country: 'Belgium',
      timezone: 'Brussels time',
    })
    expect(status).toBe(400)
    expect(fields.map((field) => field.path).sort()).toEqual(['country', 'timezone'])
    expect(fields.find((field) => field.path === 'country')?.message).toContain(
      'is not an ISO 3166-1 alpha-2 country code',
    )
  })

  test('a screening outside its event’s dates', async ({ request }) => {
    const { status, fields } = await post(request, editor, 'screenings', {
      event: ids.brusselsDays,
      film: ids.happiness,
      startsAt: '2025-12-20T18:00:00.000Z',
      venue: { name: 'Cinéma Galeries' },
    })
    expect(status).toBe(400)
    expect(fields[0].path).toBe('startsAt')
    expect(fields[0].message).toContain('runs from 2025-12-15 to 2025-12-17')
  })

  test('a screening of a film with no licence for the country and date', async ({ request }) => {
    const { status, fields } = await post(request, editor, 'screenings', {
      event: ids.brusselsDays,
      film: ids.aika,
      startsAt: '2025-12-16T20:00:00.000Z',
      venue: { name: 'Cinéma Galeries' },
    })
    expect(status).toBe(400)
    expect(fields).toEqual([
      {
        path: 'film',
        message:
          '“Aika” has no screening licence for Belgium on 2025-12-16. Add a licence to the film or choose another film.',
      },
    ])
  })

  test('a slug another film already uses', async ({ request }) => {
    const { status, fields } = await post(request, editor, 'films', { title: 'Another Amre', slug: 'amre' })
    expect(status).toBe(400)
    expect(fields).toEqual([
      {
        path: 'slug',
        message: 'The slug “amre” is already used by another document. Choose a different one.',
      },
    ])
  })

  test('an audience breakdown larger than the attendance', async ({ request }) => {
    const brussels = await apiToken(request, 'brussels@example.org')
    // One report per embassy and event: an event the embassy has not reported on yet.
    const fresh = await newPastEvent(request, { embassy: 'belgium', title: 'Too many people evening' })
    const { status, fields } = await post(request, brussels, 'reports', {
      title: 'Too many people',
      event: fresh.id,
      totalAttendance: 10,
      audience: [{ segment: 'students', count: 25 }],
    })
    expect(status).toBe(400)
    expect(fields[0].path).toBe('audience')
  })

  test('an embassy account with no embassy', async ({ request }) => {
    const admin = await apiToken(request, 'admin@example.org')
    const { status, fields } = await post(request, admin, 'users', {
      email: 'nobody@example.org',
      password: 'long enough password',
      name: 'Nobody',
      role: 'embassy',
    })
    expect(status).toBe(400)
    expect(fields).toEqual([
      { path: 'embassy', message: 'An embassy staff account must be linked to its embassy.' },
    ])
  })
})

test.describe('access over HTTP', () => {
  test('the public cannot list accounts', async ({ request }) => {
    expect((await request.get('/api/users')).status()).toBe(403)
  })

  test('the public cannot see a draft event', async ({ request }) => {
    expect(await bySlug(request, 'events', 'kazakh-film-week-paris-2027')).toBeUndefined()
    expect(await bySlug(request, 'events', 'kazakh-film-week-paris-2027', editor)).toBeDefined()
  })

  test('embassy staff cannot open another embassy’s report by URL', async ({ request }) => {
    const usaDraft = await bySlug(request, 'reports', 'road-to-mother-at-the-un-2026-report', editor)
    const brussels = await apiToken(request, 'brussels@example.org')
    const response = await request.get(`/api/reports/${usaDraft.id}`, {
      headers: { Authorization: `JWT ${brussels}` },
    })
    expect(response.status()).toBe(404)
  })

  test('a report sent by embassy staff lands on their own embassy, whatever it says', async ({ request }) => {
    const brussels = await apiToken(request, 'brussels@example.org')
    const fresh = await newPastEvent(request, { embassy: 'belgium', title: 'Forged embassy evening' })
    const { status, doc } = await post(request, brussels, 'reports', {
      title: 'Forged embassy',
      event: fresh.id,
      embassy: ids.usa,
    })
    expect(status).toBe(201)
    expect(String(extractID(doc?.embassy))).toBe(String(ids.belgium))
  })
})
