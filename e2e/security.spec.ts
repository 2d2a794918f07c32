import { expect, test } from '@playwright/test'
import { apiToken, bySlug } from './helpers'

// Tried as an attacker would: over HTTP, against the production build.

test.describe('response headers', () => {
  test('public pages and the portal carry a content security policy and frame protection', async ({ request }) => {
    for (const path of ['/en', '/en/films/road-to-mother', '/portal/sign-in']) {
      const response = await request.get(path)
      const headers = response.headers()
      expect(headers['content-security-policy'], path).toContain("default-src 'self'")
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'")
      expect(headers['content-security-policy'], path).toContain("object-src 'none'")
      expect(headers['x-frame-options'], path).toBe('DENY')
      expect(headers['x-content-type-options'], path).toBe('nosniff')
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
      expect(headers['strict-transport-security'], path).toContain('max-age=')
      expect(headers['x-powered-by'], path).toBeUndefined()
    }
  })

  test('the public pages run under that policy without a single violation', async ({ page }) => {
    const violations: string[] = []
    page.on('console', (message) => message.text().includes('Content Security Policy') && violations.push(message.text()))
    for (const path of ['/en', '/ru/events/days-of-kazakh-cinema-brussels-2025', '/kk/films', '/portal/sign-in']) {
      await page.goto(path)
      await page.waitForLoadState('networkidle')
    }
    expect(violations).toEqual([])
  })

  test('uploaded files are served as images, sandboxed, never sniffed into something runnable', async ({ request }) => {
    const report = await bySlug(request, 'reports', 'days-of-kazakh-cinema-brussels-2025-report', undefined, '&depth=1')
    const url = report.photos[0].url as string
    const response = await request.get(url)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toMatch(/^image\//)
    expect(response.headers()['x-content-type-options']).toBe('nosniff')
    expect(response.headers()['content-security-policy']).toContain('sandbox')
  })
})

test.describe('authorization never rests on middleware alone', () => {
  // CVE-2025-29927: a forged x-middleware-subrequest header made Next skip middleware. Nothing here
  // trusts middleware; access is decided by Payload and the portal's own checks on every request.
  const forged = { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' }

  test('the portal’s API still asks who you are', async ({ request }) => {
    const response = await request.get('/portal/api/reports/1', { headers: forged })
    expect(response.status()).toBe(401)
    const page = await request.get('/portal', { headers: forged, maxRedirects: 0 })
    expect(page.status()).toBe(307)
    expect(page.headers().location).toContain('/portal/sign-in')
  })

  test('Payload’s API still hides drafts and accounts', async ({ request }) => {
    const drafts = await (await request.get('/api/reports?where[status][equals]=draft&depth=0', { headers: forged })).json()
    expect(drafts.docs).toEqual([])
    expect((await request.get('/api/users', { headers: forged })).status()).toBe(403)
  })
})

test.describe('GraphQL', () => {
  const graphql = (request: import('@playwright/test').APIRequestContext, query: string, token?: string) =>
    request.post('/api/graphql', { data: { query }, headers: token ? { Authorization: `JWT ${token}` } : {} })

  test('anonymous queries see no unpublished report, no draft event and no account', async ({ request }) => {
    const body = await (await graphql(request, '{ Reports(limit: 100) { docs { title status } } Events(draft: true, limit: 100) { docs { title _status } } Users { docs { email } } }')).json()
    expect(body.data?.Reports?.docs.every((report: { status: string }) => report.status === 'published')).toBe(true)
    expect(body.data?.Events?.docs.every((event: { _status: string }) => event._status === 'published')).toBe(true)
    expect(body.data?.Users ?? null).toBeNull()
    expect(JSON.stringify(body)).not.toContain('@example.org')
  })

  test('another embassy’s draft report cannot be read through GraphQL', async ({ request }) => {
    const token = await apiToken(request, 'brussels@example.org')
    const body = await (await graphql(request, '{ Reports(limit: 100) { docs { title status embassy { name } } } }', token)).json()
    const foreignDrafts = body.data.Reports.docs.filter((report: { status: string; embassy?: { name: string } }) => report.status !== 'published' && !/Belgium|Бельги/.test(report.embassy?.name ?? ''))
    expect(foreignDrafts).toEqual([])
  })

  test('a query nested too deep is refused before it runs', async ({ request }) => {
    // Eight levels: report → screening row → screening → event → film → poster → file name.
    const eight = '{ Reports { docs { screenings { screening { event { films { poster { filename } } } } } } } }'
    expect((await (await graphql(request, eight)).json()).errors ?? []).toEqual([])
    const nine = '{ Reports { docs { screenings { screening { event { films { poster { embassy { name } } } } } } } } }'
    const refused = await (await graphql(request, nine)).json()
    expect(refused.errors?.[0]?.message).toBe('This query is nested 9 levels deep; at most 8 are allowed.')
    expect(refused.data ?? null).toBeNull()
  })
})

test.describe('bad input gets a clear 4xx and never a 500', () => {
  let editor: string
  test.beforeAll(async ({ request }) => {
    editor = await apiToken(request, 'editor@example.org')
  })
  const send = (request: import('@playwright/test').APIRequestContext, method: 'post' | 'patch', path: string, body: string | object) =>
    request[method](path, {
      headers: { Authorization: `JWT ${editor}`, 'Content-Type': 'application/json' },
      data: typeof body === 'string' ? body : JSON.stringify(body),
    })
  const fieldsOf = async (response: import('@playwright/test').APIResponse) =>
    ((await response.json()).errors?.[0]?.data?.errors ?? []).map((error: { path: string }) => error.path)

  test('malformed JSON', async ({ request }) => {
    const response = await send(request, 'post', '/api/films', '{"title": "Unfinished",')
    expect(response.status()).toBe(400)
    expect((await response.json()).errors[0].message).toContain('not valid JSON')
    const graphql = await send(request, 'post', '/api/graphql', '{"query": ')
    expect(graphql.status()).toBe(400)
  })

  test('a body far larger than any document', async ({ request }) => {
    const response = await send(request, 'post', '/api/films', { title: 'x'.repeat(3 * 1024 * 1024) })
    expect(response.status()).toBe(413)
    expect((await response.json()).errors[0].message).toContain('larger than 2 MB')
  })

  test('wrong types name the field', async ({ request }) => {
    const response = await send(request, 'post', '/api/films', { title: 'Typed wrongly', runtime: 'long', year: 'last year' })
    expect(response.status()).toBe(400)
    expect(await fieldsOf(response)).toEqual(expect.arrayContaining(['runtime', 'year']))
  })

  test('dates that do not exist or are out of range name the field', async ({ request }) => {
    for (const startsOn of ['2026-13-45', '+099999-01-01T00:00:00.000Z', 'next Tuesday']) {
      const response = await send(request, 'post', '/api/events', { title: 'Out of range', type: 'premiere', startsOn, timezone: 'Europe/Paris', country: 'FR', city: 'Paris' })
      expect(response.status(), startsOn).toBe(400)
      expect(await fieldsOf(response), startsOn).toContain('startsOn')
    }
  })

  test('an unknown locale is refused, not guessed', async ({ request }) => {
    const read = await request.get('/api/films?locale=xx&depth=0&limit=1')
    expect(read.status()).toBe(400)
    const write = await request.patch('/api/films/1?locale=xx', { headers: { Authorization: `JWT ${editor}` }, data: { title: 'Which language?' } })
    expect(write.status()).toBe(400)
  })

  test('an id of the wrong shape is not found, not a crash', async ({ request }) => {
    for (const id of ['abc', '1; DROP TABLE films', '99999999999999999999'])
      expect((await request.get(`/api/films/${encodeURIComponent(id)}`)).status(), id).toBe(404)
  })
})
