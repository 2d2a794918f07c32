import { expect, test, type APIRequestContext } from '@playwright/test'
import { apiToken, bySlug } from './helpers'

// The access matrix over HTTP, as an outsider or a signed-in user would try it: every role × every
// collection × read, create, update, delete over REST, the version history, and the same reads over
// GraphQL. The Local API matrix is in tests/access.test.ts; this proves the routes add no hole.

type Role = 'anonymous' | 'brussels' | 'washington' | 'editor' | 'admin'
const roles: Role[] = ['anonymous', 'brussels', 'washington', 'editor', 'admin']
const tokens: Partial<Record<Role, string>> = {}
const auth = (role: Role): Record<string, string> =>
  tokens[role] ? { Authorization: `JWT ${tokens[role]}` } : {}

let ids: Record<string, string | number> = {}

test.beforeAll(async ({ request }) => {
  for (const role of roles.filter((r) => r !== 'anonymous'))
    tokens[role] = await apiToken(request, `${role}@example.org`)
  const editor = tokens.editor!
  ids = {
    belgium: (await bySlug(request, 'embassies', 'belgium')).id,
    usa: (await bySlug(request, 'embassies', 'usa')).id,
    draftEventParis: (await bySlug(request, 'events', 'kazakh-film-week-paris-2027', editor, '&draft=true'))
      .id,
    publishedEventBrussels: (await bySlug(request, 'events', 'days-of-kazakh-cinema-brussels-2025')).id,
    usaDraftReport: (await bySlug(request, 'reports', 'road-to-mother-at-the-un-2026-report', editor)).id,
    usaSubmittedReport: (
      await bySlug(request, 'reports', 'welink-film-festival-new-york-2026-report', editor)
    ).id,
    film: (await bySlug(request, 'films', 'road-to-mother')).id,
  }
})

const listed = async (request: APIRequestContext, role: Role, path: string) => {
  const response = await request.get(path, { headers: auth(role) })
  return {
    status: response.status(),
    docs: response.ok() ? ((await response.json()).docs as Record<string, any>[]) : [],
  }
}

test.describe('reading over REST', () => {
  test('unpublished reports: only their embassy and the ministry', async ({ request }) => {
    const canSee: Record<Role, boolean> = {
      anonymous: false,
      brussels: false,
      washington: true,
      editor: true,
      admin: true,
    }
    for (const role of roles) {
      const { docs } = await listed(request, role, '/api/reports?limit=100&depth=0')
      expect(
        docs.some((doc) => doc.id === ids.usaDraftReport),
        role,
      ).toBe(canSee[role])
      expect(
        (await request.get(`/api/reports/${ids.usaDraftReport}?depth=0`, { headers: auth(role) })).status(),
        role,
      ).toBe(canSee[role] ? 200 : 404)
      // Asking for drafts or by status does not widen it.
      const asked = await listed(
        request,
        role,
        `/api/reports?where[status][in]=draft,submitted&draft=true&limit=100&depth=0`,
      )
      expect(
        asked.docs.some((doc) => doc.id === ids.usaSubmittedReport),
        role,
      ).toBe(canSee[role])
    }
  })

  test('draft events: only their embassy and the ministry; France’s draft is nobody else’s', async ({
    request,
  }) => {
    const canSee: Record<Role, boolean> = {
      anonymous: false,
      brussels: false,
      washington: false,
      editor: true,
      admin: true,
    }
    for (const role of roles) {
      const { docs } = await listed(request, role, '/api/events?draft=true&limit=100&depth=0')
      expect(
        docs.some((doc) => doc.id === ids.draftEventParis),
        role,
      ).toBe(canSee[role])
    }
  })

  test('version histories are the ministry’s', async ({ request }) => {
    for (const collection of ['reports', 'events'])
      for (const role of roles) {
        const status = (
          await request.get(`/api/${collection}/versions?limit=5`, { headers: auth(role) })
        ).status()
        expect(status, `${role} ${collection}`).toBe(role === 'editor' || role === 'admin' ? 200 : 403)
      }
  })

  test('accounts: the public none, embassy staff themselves, the ministry everyone', async ({ request }) => {
    for (const role of roles) {
      const { status, docs } = await listed(request, role, '/api/users?limit=100&depth=0')
      if (role === 'anonymous') expect(status).toBe(403)
      else if (role === 'brussels' || role === 'washington')
        expect(docs.map((doc) => doc.email)).toEqual([`${role}@example.org`])
      else expect(docs.length).toBeGreaterThanOrEqual(4)
      expect(
        docs.every(
          (doc) => doc.hash === undefined && doc.salt === undefined && doc.resetPasswordToken === undefined,
        ),
        role,
      ).toBe(true)
    }
  })

  test('the audit log: admins only', async ({ request }) => {
    for (const role of roles)
      expect((await request.get('/api/audit-log?limit=1', { headers: auth(role) })).status(), role).toBe(
        role === 'admin' ? 200 : 403,
      )
  })

  test('a published report does not leak a draft event through depth', async ({ request }) => {
    // The Paris film week is a draft; nothing published may reveal it by populating a relationship.
    for (const depth of [1, 2, 3]) {
      const body = JSON.stringify(await (await request.get(`/api/reports?limit=100&depth=${depth}`)).json())
      expect(body, `depth ${depth}`).not.toContain('kazakh-film-week-paris-2027')
      const films = JSON.stringify(await (await request.get(`/api/films?limit=100&depth=${depth}`)).json())
      expect(films, `films depth ${depth}`).not.toContain('kazakh-film-week-paris-2027')
    }
  })

  test('licences and review history are not public', async ({ request }) => {
    const film = await (await request.get(`/api/films/${ids.film}?depth=0`)).json()
    expect(film.screeningRights ?? []).toEqual([])
    const report = await bySlug(request, 'reports', 'days-of-kazakh-cinema-brussels-2025-report')
    expect(report.statusHistory ?? []).toEqual([])
  })
})

test.describe('writing over REST', () => {
  const newDoc: Record<string, () => Record<string, unknown>> = {
    films: () => ({ title: `Matrix film ${Math.random()}` }),
    embassies: () => ({
      name: `Matrix embassy ${Math.random()}`,
      country: 'DE',
      city: 'Berlin',
      timezone: 'Europe/Berlin',
    }),
    events: () => ({
      title: `Matrix event ${Math.random()}`,
      type: 'premiere',
      startsOn: '2027-05-01T12:00:00.000Z',
      timezone: 'Europe/Paris',
      country: 'FR',
      city: 'Paris',
    }),
    users: () => ({
      email: `matrix-${Math.random().toString(36).slice(2)}@example.org`,
      password: 'a long enough password',
      name: 'Matrix',
      role: 'editor',
    }),
    'audit-log': () => ({ action: 'sign_in', summary: 'forged' }),
  }
  const canCreate: Record<string, Role[]> = {
    films: ['editor', 'admin'],
    embassies: ['editor', 'admin'],
    events: ['editor', 'admin'],
    users: ['admin'],
    'audit-log': [],
  }

  for (const [collection, allowed] of Object.entries(canCreate))
    test(`create ${collection}: ${allowed.join(', ') || 'nobody'}`, async ({ request }) => {
      for (const role of roles) {
        const response = await request.post(`/api/${collection}`, {
          headers: auth(role),
          data: newDoc[collection](),
        })
        expect(response.status(), role).toBe(allowed.includes(role) ? 201 : 403)
      }
    })

  test('update and delete: a film is the ministry’s, a report its embassy’s while a draft', async ({
    request,
  }) => {
    for (const role of roles) {
      const film = await request.patch(`/api/films/${ids.film}`, {
        headers: auth(role),
        data: { runtime: 122 },
      })
      expect(film.status(), `film ${role}`).toBe(role === 'editor' || role === 'admin' ? 200 : 403)
      // Refused is 403, or 404 where the rule is "only these documents" and this one is not among them.
      const refused = (status: number) => status === 403 || status === 404
      const report = await request.patch(`/api/reports/${ids.usaDraftReport}`, {
        headers: auth(role),
        data: { writtenIn: 'en' },
      })
      if (['washington', 'editor', 'admin'].includes(role))
        expect(report.status(), `report ${role}`).toBe(200)
      else expect(refused(report.status()), `report ${role}: ${report.status()}`).toBe(true)
      const submitted = await request.patch(`/api/reports/${ids.usaSubmittedReport}`, {
        headers: auth(role),
        data: { writtenIn: 'en' },
      })
      if (['editor', 'admin'].includes(role)) expect(submitted.status(), `submitted report ${role}`).toBe(200)
      else expect(refused(submitted.status()), `submitted report ${role}: ${submitted.status()}`).toBe(true)
      if (role !== 'editor' && role !== 'admin')
        expect(
          (await request.delete(`/api/reports/${ids.usaDraftReport}`, { headers: auth(role) })).status(),
          `delete report ${role}`,
        ).toBe(403)
    }
    // An editor cannot delete a report for good either; it goes to the trash instead.
    expect(
      (await request.delete(`/api/reports/${ids.usaDraftReport}`, { headers: auth('editor') })).status(),
    ).toBe(403)
  })
})

test.describe('the rest of the write matrix over REST', () => {
  const refusedOrMissing = (status: number) => status === 403 || status === 404

  test('images: any signed-in embassy or ministry user uploads, the public does not', async ({ request }) => {
    const { jpeg } = await import('../tests/helpers/image')
    for (const role of roles) {
      const response = await request.post('/api/media', {
        headers: auth(role),
        multipart: {
          file: { name: `matrix-${role}.jpg`, mimeType: 'image/jpeg', buffer: await jpeg(40, 30) },
          _payload: JSON.stringify({ alt: `Matrix ${role}` }),
        },
      })
      expect(response.status(), role).toBe(role === 'anonymous' ? 403 : 201)
    }
  })

  test('embassies and screenings: the ministry edits them, nobody else', async ({ request }) => {
    const screening = (
      await (
        await request.get(
          `/api/screenings?where[event][equals]=${ids.publishedEventBrussels}&limit=1&depth=0`,
        )
      ).json()
    ).docs[0]
    for (const role of roles) {
      const ministry = role === 'editor' || role === 'admin'
      const embassy = await request.patch(`/api/embassies/${ids.belgium}`, {
        headers: auth(role),
        data: { phone: '+32 2 000 00 00' },
      })
      if (ministry) expect(embassy.status(), role).toBe(200)
      else expect(refusedOrMissing(embassy.status()), `${role} ${embassy.status()}`).toBe(true)
      const show = await request.patch(`/api/screenings/${screening.id}`, {
        headers: auth(role),
        data: { capacity: 200 },
      })
      if (ministry) expect(show.status(), role).toBe(200)
      else expect(refusedOrMissing(show.status()), `${role} ${show.status()}`).toBe(true)
    }
  })

  test('films: the ministry deletes them; accounts: only admins change other people’s', async ({
    request,
  }) => {
    const washington = (
      await (
        await request.get('/api/users?where[email][equals]=washington@example.org&depth=0', {
          headers: auth('admin'),
        })
      ).json()
    ).docs[0]
    for (const role of roles) {
      const film = (
        await (
          await request.post('/api/films', {
            headers: auth('editor'),
            data: { title: `Disposable ${role} ${Math.random()}` },
          })
        ).json()
      ).doc
      const deleted = await request.delete(`/api/films/${film.id}`, { headers: auth(role) })
      expect(deleted.status(), role).toBe(role === 'editor' || role === 'admin' ? 200 : 403)
      if (role === 'washington') continue
      const renamed = await request.patch(`/api/users/${washington.id}`, {
        headers: auth(role),
        data: { name: 'Renamed by someone else' },
      })
      if (role === 'admin') expect(renamed.status()).toBe(200)
      else expect(refusedOrMissing(renamed.status()), `${role} ${renamed.status()}`).toBe(true)
    }
    await request.patch(`/api/users/${washington.id}`, {
      headers: auth('admin'),
      data: { name: 'Washington Embassy Staff' },
    })
  })

  test('the audit log cannot be changed or deleted, even by an admin', async ({ request }) => {
    const entry = (
      await (await request.get('/api/audit-log?limit=1&depth=0', { headers: auth('admin') })).json()
    ).docs[0]
    for (const role of roles) {
      expect(
        (
          await request.patch(`/api/audit-log/${entry.id}`, {
            headers: auth(role),
            data: { summary: 'rewritten' },
          })
        ).status(),
        role,
      ).toBe(403)
      expect(
        (await request.delete(`/api/audit-log/${entry.id}`, { headers: auth(role) })).status(),
        role,
      ).toBe(403)
    }
  })
})

test.describe('reading over GraphQL', () => {
  test('the same rules hold: unpublished reports and draft events stay with their owners', async ({
    request,
  }) => {
    for (const role of roles) {
      const body = await (
        await request.post('/api/graphql', {
          headers: auth(role),
          data: {
            query:
              '{ Reports(limit: 100) { docs { id status } } Events(draft: true, limit: 100) { docs { id slug } } }',
          },
        })
      ).json()
      const reports = (body.data?.Reports?.docs ?? []) as { id: number; status: string }[]
      const events = (body.data?.Events?.docs ?? []) as { id: number; slug: string }[]
      const ministry = role === 'editor' || role === 'admin'
      expect(
        reports.some((report) => report.id === ids.usaDraftReport),
        role,
      ).toBe(ministry || role === 'washington')
      expect(
        events.some((event) => event.id === ids.draftEventParis),
        role,
      ).toBe(ministry)
    }
  })

  test('account emails are not for the public or other embassies', async ({ request }) => {
    for (const role of ['anonymous', 'brussels'] as Role[]) {
      const body = await (
        await request.post('/api/graphql', {
          headers: auth(role),
          data: { query: '{ Users(limit: 100) { docs { email } } }' },
        })
      ).json()
      const emails = ((body.data?.Users?.docs ?? []) as { email: string }[]).map((user) => user.email)
      expect(
        emails.filter((email) => email !== 'brussels@example.org'),
        role,
      ).toEqual([])
    }
  })
})
