// The production nginx example (deploy/nginx/film-cms.conf), run for real in front of a tiny app
// that counts the requests reaching it: what nginx may keep, and what must always reach the app.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureNginx, freePort, startNginx } from '../scripts/bench/nginx.mjs'

const shareable = 's-maxage=31536000, stale-while-revalidate'
const hits = new Map<string, number>()
let version = 1

/** What the app answers at each path, the way Next marks it. */
const answer = (url: string): Record<string, string> => {
  if (url.startsWith('/en/private')) return { 'Cache-Control': 'private, no-cache, no-store, max-age=0' }
  if (url.startsWith('/en/sets-cookie'))
    return { 'Cache-Control': shareable, 'Set-Cookie': 'portal-language=en; Path=/' }
  if (url.startsWith('/en/unmarked')) return {}
  // Everything else, /admin, /portal and /api included, claims to be shareable: the path alone
  // must keep those out of the cache.
  return { 'Cache-Control': shareable }
}

const app = http.createServer((request, response) => {
  const url = request.url ?? '/'
  hits.set(url, (hits.get(url) ?? 0) + 1)
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...answer(url) })
  response.end(`<p>${url} version ${version}</p>`)
})

let nginx: { origin: string; stop: () => Promise<void> }

beforeAll(async () => {
  // CI installs nginx here when it is missing (as root, like Chromium); never a silent skip.
  ensureNginx()
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve))
  const { port } = app.address() as AddressInfo
  nginx = await startNginx({ upstreams: [`127.0.0.1:${port}`], port: await freePort(3790, 3799), workers: 1 })
})

afterAll(async () => {
  await nginx?.stop()
  await new Promise((resolve) => app.close(resolve))
})

/** A path of its own for each test, so what one test cached does not answer another. */
let counter = 0
const fresh = (path: string) => `${path}${path.includes('?') ? '&' : '?'}t=${++counter}`

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${nginx.origin}${path}`, { headers })
  return { status: response.headers.get('x-cache-status'), body: await response.text() }
}

/** Ask twice (or more) and say how many requests reached the app. */
const appRequestsFor = async (path: string, times = 2, headers: Record<string, string> = {}) => {
  for (let i = 0; i < times; i++) await get(path, headers)
  return hits.get(path) ?? 0
}

describe('nginx in front of the app (deploy/nginx/film-cms.conf)', () => {
  it('serves a public page the app marks shareable from its cache', async () => {
    const page = fresh('/en/events/days-of-kazakh-cinema')
    expect((await get(page)).status).toBe('MISS')
    expect((await get(page)).status).toBe('HIT')
    expect(hits.get(page)).toBe(1)
  })

  it.each(['/admin/collections/events', '/portal', '/portal/api/reports', '/api/events', '/admin'])(
    'never caches %s, even when the app says it may',
    async (path) => {
      const page = fresh(path)
      expect(await appRequestsFor(page, 3)).toBe(3)
    },
  )

  it.each([
    'payload-token=abc',
    'authjs.session-token=abc',
    '__Secure-authjs.session-token=abc',
    'next-auth.session-token=abc',
    'theme=dark; payload-token=abc',
  ])('a signed-in request (%s) is never answered from the cache', async (cookie) => {
    const page = fresh('/en/films/amre')
    await get(page)
    expect((await get(page)).status).toBe('HIT')
    const signedIn = await get(page, { Cookie: cookie })
    expect(signedIn.status).toBe('BYPASS')
    expect(hits.get(page)).toBe(2)
  })

  it('a signed-in request never fills the cache for readers', async () => {
    const page = fresh('/en/films/talan')
    await get(page, { Cookie: 'payload-token=editor' })
    await get(page)
    expect(hits.get(page)).toBe(2)
  })

  it('a cookie that is not a session does not keep a reader from the cache', async () => {
    const page = fresh('/en/films/aruakh')
    await get(page, { Cookie: 'portal-language=kk' })
    expect((await get(page, { Cookie: 'portal-language=kk' })).status).toBe('HIT')
  })

  it('never stores an answer that sets a cookie', async () => {
    expect(await appRequestsFor(fresh('/en/sets-cookie'), 3)).toBe(3)
  })

  it('never stores an answer the app marks private or no-store', async () => {
    expect(await appRequestsFor(fresh('/en/private'), 3)).toBe(3)
  })

  it('never stores an answer without a Cache-Control that allows it', async () => {
    expect(await appRequestsFor(fresh('/en/unmarked'), 3)).toBe(3)
  })

  it("passes Next's router requests (RSC) through to the app", async () => {
    expect(await appRequestsFor(fresh('/en/events'), 3, { RSC: '1' })).toBe(3)
  })

  it('shows a change within 5 seconds plus one refresh, whatever s-maxage the app sent', async () => {
    const page = fresh('/en')
    const first = await get(page)
    expect(first.body).toContain(`version ${version}`)
    version++
    const started = Date.now()
    let body = first.body
    while (!body.includes(`version ${version}`) && Date.now() - started < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      body = (await get(page)).body
    }
    expect(body).toContain(`version ${version}`)
    expect(Date.now() - started).toBeLessThan(6_500)
  })
})
