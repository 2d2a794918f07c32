import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { jpeg } from '../tests/helpers/image'
import { apiToken, signInToAdmin } from './helpers'

/** Every Content-Security-Policy violation the page reports, from the moment this is called. */
const cspViolations = (page: Page) => {
  const violations: string[] = []
  page.on(
    'console',
    (message) => message.text().includes('Content Security Policy') && violations.push(message.text()),
  )
  return violations
}

test.describe('the admin runs under a content security policy', () => {
  test('/admin and the API carry a policy: no eval, no framing, no plugins', async ({ request }) => {
    for (const path of ['/admin', '/admin/login', '/admin/collections/events']) {
      const policy = (await request.get(path)).headers()['content-security-policy'] ?? ''
      expect(policy, path).toContain("default-src 'self'")
      expect(policy, path).toContain("frame-ancestors 'none'")
      expect(policy, path).toContain("object-src 'none'")
      expect(policy, path).toContain("base-uri 'self'")
      expect(policy, path).toContain("form-action 'self'")
      expect(policy, path).not.toContain('unsafe-eval')
    }
    const api = (await request.get('/api/films?limit=1')).headers()['content-security-policy']
    expect(api).toContain("default-src 'none'")
    expect(api).toContain("frame-ancestors 'none'")
  })

  test('signing in, lists, an edit view with rich text and an upload field, an upload and the review queue: no violation', async ({
    page,
  }) => {
    // Seven admin pages on a loaded machine: more than one test's usual time. The admin keeps
    // talking to the server (autosave, document locks), so pages are awaited by what they show,
    // then given a moment for late requests and their violations, never "network idle".
    test.setTimeout(240_000)
    const settle = () => page.waitForTimeout(1500)
    const violations = cspViolations(page)
    await signInToAdmin(page, 'editor@example.org')
    await settle()

    await page.goto('/admin/collections/events')
    await expect(page.locator('table')).toBeVisible()
    await page.locator('table tbody tr a').first().click()
    // The body is on the event's "Content" tab.
    await page.locator('main').getByRole('button', { name: 'Content', exact: true }).click()
    await expect(page.locator('[data-lexical-editor="true"]').first()).toBeVisible()
    await page.locator('[data-lexical-editor="true"]').first().click()
    await page.keyboard.type(' Typed under the policy.')
    await settle()

    // A new image: the file picker shows a preview of the chosen file (a blob: URL).
    await page.goto('/admin/collections/media/create')
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'csp.jpg', mimeType: 'image/jpeg', buffer: await jpeg(320, 200) })
    await expect(page.locator('img[src^="blob:"]').first()).toBeVisible()
    await settle()

    await page.goto('/admin/collections/reports')
    await expect(page.locator('table')).toBeVisible()
    await page.goto('/admin/review')
    await expect(page.locator('h1').first()).toBeVisible()
    await settle()
    await page.goto('/admin/collections/media')
    await expect(page.locator('table')).toBeVisible()
    await settle()

    expect(violations).toEqual([])
  })
})

/** A published event in Lisbon with its own hero image, made by the editor over REST. */
const publishedEventWithHero = async (request: APIRequestContext, token: string, name: string) => {
  const headers = { Authorization: `JWT ${token}` }
  const image = await request.post('/api/media', {
    headers,
    multipart: {
      file: { name: `${name}.jpg`, mimeType: 'image/jpeg', buffer: await jpeg(1800, 1000) },
      _payload: JSON.stringify({ alt: 'The Tagus at dusk' }),
    },
  })
  expect(image.status()).toBe(201)
  const created = await request.post('/api/events', {
    headers,
    data: {
      title: `Kazakh film night in Lisbon (${name})`,
      type: 'embassy_screening',
      startsOn: '2027-03-05',
      timezone: 'Europe/Lisbon',
      country: 'PT',
      city: 'Lisbon',
      _status: 'published',
      heroImage: (await image.json()).doc.id,
    },
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number; slug: string; heroImage: number } }
  return doc
}

/** The hero image's address on the event's page (the first image in its HTML). */
const heroOnPage = async (request: APIRequestContext, slug: string) => {
  await expect.poll(async () => (await request.get(`/en/events/${slug}`)).status()).toBe(200)
  const html = await (await request.get(`/en/events/${slug}`)).text()
  const src = /<img[^>]*\ssrc="([^"]+)"/.exec(html)?.[1]
  expect(src).toBeTruthy()
  return src!.replace(/&amp;/g, '&')
}

/** Whether an address still hands out an image. */
const servesImage = async (request: APIRequestContext, url: string) => {
  const response = await request.get(url)
  return response.status() === 200 && (response.headers()['content-type'] ?? '').startsWith('image/')
}

test.describe('a withdrawn image stops being served at once', () => {
  // Next's image optimiser kept its own copy for 4 hours (minimumCacheTTL) and served it, even stale,
  // after the image was made private or deleted.
  for (const withdrawal of ['unpublished'] as const) {
    test(`an event's hero image, once the event is ${withdrawal}`, async ({ request }) => {
      const token = await apiToken(request, 'editor@example.org')
      const headers = { Authorization: `JWT ${token}` }
      const event = await publishedEventWithHero(request, token, `lisbon-${withdrawal}`)
      const media = await (await request.get(`/api/media/${event.heroImage}?depth=0`, { headers })).json()
      // What the page uses, and what the optimiser would answer for the image's own address.
      const onPage = await heroOnPage(request, event.slug)
      const optimised = `/_next/image?url=${encodeURIComponent(new URL(media.url, 'http://x').pathname)}&w=1080&q=75`
      expect(await servesImage(request, onPage)).toBe(true)
      await request.get(optimised)

      if (withdrawal === 'unpublished') {
        const saved = await request.patch(`/api/events/${event.id}`, {
          headers,
          data: { _status: 'draft' },
        })
        expect(saved.status()).toBe(200)
      } else {
        expect((await request.delete(`/api/events/${event.id}`, { headers })).status()).toBe(200)
      }

      expect(await servesImage(request, onPage)).toBe(false)
      expect(await servesImage(request, optimised)).toBe(false)
      for (const size of Object.values((media.sizes ?? {}) as Record<string, { url?: string }>))
        if (size.url) expect(await servesImage(request, size.url), size.url).toBe(false)

      // Out of the other tests' way: the event goes to the trash.
      await request.delete(`/api/events/${event.id}`, { headers })
    })
  }
})
