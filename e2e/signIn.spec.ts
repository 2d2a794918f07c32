import { expect, request as newRequest, test, type APIRequestContext } from '@playwright/test'
import { apiToken } from './helpers'

const login = (request: APIRequestContext, email: string, password: string, headers = {}) =>
  request.post('/api/users/login', { data: { email, password }, headers })

/** The newest audit entry for an email, read by an admin. */
const lastEntry = async (request: APIRequestContext, email: string) => {
  const admin = await apiToken(request, 'admin@example.org')
  const response = await request.get(
    `/api/audit-log?where[email][equals]=${encodeURIComponent(email)}&sort=-createdAt&limit=1&depth=0`,
    { headers: { Authorization: `JWT ${admin}` } },
  )
  return ((await response.json()) as { docs: { address: string; action: string }[] }).docs[0]
}

test('X-Forwarded-For from a client is ignored when no proxy is trusted', async ({ request }) => {
  const email = 'xff.probe@example.org'
  const response = await login(request, email, 'a guess', { 'X-Forwarded-For': '203.0.113.99' })
  expect(response.status()).toBe(401)
  const entry = await lastEntry(request, email)
  expect(entry.action).toBe('sign_in_failed')
  expect(entry.address).toMatch(/^(127\.0\.0\.1|::1)$/)
})

test('the admin’s login gives a known browser a device cookie that strangers’ failures do not hold up', async ({
  baseURL,
  request,
}) => {
  const admin = await apiToken(request, 'admin@example.org')
  const email = 'admin.device@example.org'
  const password = 'a long enough password'
  expect(
    (
      await request.post('/api/users', {
        headers: { Authorization: `JWT ${admin}` },
        data: { email, password, name: 'Device test', role: 'editor' },
      })
    ).status(),
  ).toBe(201)
  const known = await newRequest.newContext({ baseURL })
  const first = await login(known, email, password)
  expect(first.status()).toBe(200)
  expect(first.headersArray().find((header) => /^film-diplomacy-device=/.test(header.value))?.value).toMatch(
    /HttpOnly/i,
  )

  const stranger = await newRequest.newContext({ baseURL })
  let failures = 0
  while (failures < 10) {
    const response = await login(stranger, email, `wrong ${failures}`)
    if (response.status() === 429) {
      const { errors } = (await response.json()) as { errors?: { data?: { retryAfterMs?: number } }[] }
      await new Promise((resolve) => setTimeout(resolve, (errors?.[0]?.data?.retryAfterMs ?? 500) + 50))
      continue
    }
    expect(response.status()).toBe(401)
    failures++
  }
  expect((await login(stranger, email, password)).status()).toBe(429)
  expect((await login(known, email, password)).status()).toBe(200)
  await known.dispose()
  await stranger.dispose()
})
