import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { apiToken, bySlug } from './helpers'

// The public site answers from its cache, and a change refreshes only the pages that show it
// (lib/cacheTags.ts, hooks/revalidateSite.ts). Next says whether a page came from its cache in
// `x-nextjs-cache` (HIT, or MISS when it was rendered for this request).

let token: string
const cacheOf = async (request: APIRequestContext, path: string) => {
  const response = await request.get(path)
  expect(response.status()).toBe(200)
  return { cache: response.headers()['x-nextjs-cache'], html: await response.text() }
}

/** A published event of the Belgian embassy showing no film, made over the API. */
const publishedEvent = async (request: APIRequestContext, title: string) => {
  const belgium = await bySlug(request, 'embassies', 'belgium')
  const created = await request.post('/api/events', {
    headers: { Authorization: `JWT ${token}` },
    data: {
      title,
      type: 'embassy_screening',
      startsOn: '2027-04-10T12:00:00.000Z',
      endsOn: '2027-04-11T12:00:00.000Z',
      timezone: 'Europe/Brussels',
      country: 'BE',
      city: 'Ghent',
      organisingEmbassy: belgium.id,
      _status: 'published',
    },
  })
  expect(created.status()).toBe(201)
  return (await created.json()).doc as { id: number | string; slug: string; title: string }
}

test.beforeAll(async ({ request }) => {
  token = await apiToken(request, 'editor@example.org')
})

test('a filtered list’s second request is a cache hit, whatever the order or extra parameters', async ({
  request,
}) => {
  await request.get('/en/events?country=BE&year=2025')
  const second = await cacheOf(request, '/en/events?country=BE&year=2025')
  expect(second.cache).toBe('HIT')
  expect(second.html).toContain('Days of Kazakh Cinema in Brussels')
  // The same list asked another way is the same cached page.
  expect((await cacheOf(request, '/en/events?year=2025&utm_source=mail&country=BE')).cache).toBe('HIT')
  await request.get('/ru/films?genre=historical')
  expect((await cacheOf(request, '/ru/films?genre=historical')).cache).toBe('HIT')
})

test('a search’s second request is a cache hit', async ({ request }) => {
  const path = `/ru/search?q=${encodeURIComponent('Брюссел')}`
  await request.get(path)
  const second = await cacheOf(request, path)
  expect(second.cache).toBe('HIT')
  expect(second.html).toContain('Дни казахского кино в Брюсселе')
})

test('a plain search comes by Next’s rewrite and one to tidy by the proxy, to the same results', async ({
  request,
}) => {
  // Words of letters and single spaces: rewritten by the router (config/listPageRewrites.mjs).
  const plain = `/ru/search?q=${encodeURIComponent('Дни казахского')}`
  await request.get(plain)
  const second = await cacheOf(request, plain)
  expect(second.cache).toBe('HIT')
  expect(second.html).toContain('Дни казахского кино в Брюсселе')
  expect(second.html).toContain('value="Дни казахского"')
  // The same words typed with a second space and a trailing one: tidied by the proxy.
  const untidy = await cacheOf(request, `/ru/search?q=${encodeURIComponent(' Дни  казахского ')}`)
  expect(untidy.html).toContain('Дни казахского кино в Брюсселе')
  expect(untidy.html).toContain('value="Дни казахского"')
  // A letter with a combining accent is composed by the proxy first ("й" typed as и + ˘).
  const composed = await cacheOf(
    request,
    `/ru/search?q=${encodeURIComponent('казахский фильм'.normalize('NFD'))}`,
  )
  expect(composed.html).toContain('value="казахский фильм"')
  // Which way each came: the proxy says so in `x-middleware-rewrite`; the router's rewrite does not.
  const proxied = async (path: string) => 'x-middleware-rewrite' in (await request.get(path)).headers()
  expect(await proxied(plain)).toBe(false)
  expect(await proxied('/en/search?q=amre')).toBe(false)
  expect(await proxied(`/en/search?q=${encodeURIComponent(' amre')}`)).toBe(true)
  // Punctuation passes the proxy, and is searched (not an empty search page).
  const punctuated = await cacheOf(request, `/en/search?q=${encodeURIComponent('Amre: premiere')}`)
  expect(punctuated.html).toContain('value="Amre: premiere"')
  // Rewrites ignore case; the list's name is captured, so a wrong case stays a 404.
  expect((await request.get('/en/SEARCH?q=amre')).status()).toBe(404)
  expect((await request.get('/en/FILMS?page=2')).status()).toBe(404)
})

/** Every file name under the e2e build's folder, where Next's file-system cache writes. */
const cachedFileNames = (dir = '.next-e2e'): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))

test('made-up searches and filters are cached in memory, never written to disk; pages of documents are', async ({
  request,
}) => {
  // Anyone can make up queries without end (config/cacheHandler.mjs).
  const madeUp = `zq${Date.now().toString(36)}`
  for (const path of [`/en/search?q=${madeUp}`, `/en/events?year=2099&country=NZ`]) {
    await request.get(path)
    expect((await cacheOf(request, path)).cache, path).toBe('HIT')
  }
  const event = await publishedEvent(request, `Leuven film night ${Date.now()}`)
  expect((await request.get(`/en/events/${event.slug}`)).status()).toBe(200)
  await expect.poll(() => cachedFileNames().some((name) => name.includes(event.slug))).toBe(true)
  const files = cachedFileNames()
  expect(files.filter((name) => name.includes(madeUp) || /_lists.*2099/.test(name))).toEqual([])
})

test('the internal list routes cannot be reached directly', async ({ request }) => {
  expect((await request.get('/en/_lists/events/country%3DBE')).status()).toBe(404)
})

test('an editor’s change shows on the event’s page within 2 s, and an unrelated film’s page stays cached', async ({
  request,
}) => {
  const event = await publishedEvent(request, `Ghent film night ${Date.now()}`)
  // Publishing expires the event's tags once more after its save (the search text and the
  // screenings' join are written after it), so the page is kept from the read after that.
  await expect
    .poll(async () => (await cacheOf(request, `/en/events/${event.slug}`)).cache, { timeout: 10_000 })
    .toBe('HIT')
  await request.get('/en/films/aika')
  expect((await cacheOf(request, '/en/films/aika')).cache).toBe('HIT')

  const retitled = `${event.title}, renamed`
  const saved = await request.patch(`/api/events/${event.id}`, {
    headers: { Authorization: `JWT ${token}` },
    data: { title: retitled },
  })
  expect(saved.status()).toBe(200)
  const savedAt = Date.now()
  await expect
    .poll(async () => (await request.get(`/en/events/${event.slug}`)).text(), {
      timeout: 2000,
      intervals: [100],
    })
    .toContain(retitled)
  expect(Date.now() - savedAt).toBeLessThan(2000)
  // The lists that show the event are refreshed too…
  await expect
    .poll(async () => (await request.get('/en/events?country=BE')).text(), {
      timeout: 2000,
      intervals: [100],
    })
    .toContain(retitled)
  // …and a page that does not show it was not rebuilt.
  expect((await cacheOf(request, '/en/films/aika')).cache).toBe('HIT')
})

test('a draft never appears on a page, a list or a search', async ({ request }) => {
  const secret = `Unannounced gala ${Date.now()}`
  const belgium = await bySlug(request, 'embassies', 'belgium')
  const draft = await request.post('/api/events?draft=true', {
    headers: { Authorization: `JWT ${token}` },
    data: {
      title: secret,
      type: 'premiere',
      startsOn: '2027-05-10T12:00:00.000Z',
      timezone: 'Europe/Brussels',
      country: 'BE',
      city: 'Antwerp',
      organisingEmbassy: belgium.id,
      _status: 'draft',
    },
  })
  expect(draft.status()).toBe(201)
  const { doc } = await draft.json()
  // A draft change to a published event stays in the admin too.
  const published = await publishedEvent(request, `Bruges film night ${Date.now()}`)
  const draftChange = await request.patch(`/api/events/${published.id}?draft=true`, {
    headers: { Authorization: `JWT ${token}` },
    data: { title: `${secret} (draft title)` },
  })
  expect(draftChange.status()).toBe(200)

  expect((await request.get(`/en/events/${doc.slug}`)).status()).toBe(404)
  // Twice each: the second answer is the cached one.
  for (const path of [
    `/en/events/${published.slug}`,
    '/en/events?country=BE',
    '/en/events',
    '/en',
    '/en/countries/be',
    '/sitemap.xml',
    '/sitemaps/sitemap/events-0.xml',
  ])
    for (let i = 0; i < 2; i++) expect(await (await request.get(path)).text(), path).not.toContain(secret)
  // The search page repeats what was asked, and finds nothing.
  for (let i = 0; i < 2; i++) {
    const found = await (await request.get(`/en/search?q=${encodeURIComponent(secret)}`)).text()
    expect(found).toContain('Nothing found')
    expect(found).not.toContain(`/events/${doc.slug}`)
    expect(found).not.toContain(`/events/${published.slug}`)
  }
})

test('the home page is small, its map a picture kept for a year, its countries links', async ({
  page,
  request,
}) => {
  const html = await (await request.get('/en')).text()
  expect(Buffer.byteLength(html)).toBeLessThan(60_000)
  await page.goto('/en')
  const map = page.locator('img[src^="/map.svg?v="]')
  await expect(map).toHaveCount(1)
  const mapResponse = await request.get((await map.getAttribute('src'))!)
  expect(mapResponse.headers()['content-type']).toContain('image/svg+xml')
  expect(mapResponse.headers()['cache-control']).toContain('immutable')
  expect(await mapResponse.text()).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/)
  await page.getByRole('link', { name: /^Belgium: \d+ events$/ }).click()
  await expect(page).toHaveURL(/\/en\/countries\/be$/)
})
