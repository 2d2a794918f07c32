import { expect, test } from '@playwright/test'

// What keeps the public pages fast on a phone (issue 10: Lighthouse at least 95, CLS 0); the
// scores themselves are measured by `npm run bench -- --only=lighthouse`, never asserted here.

test('public pages neither ask for the colour-scheme client hint nor carry an ETag; the admin asks', async ({
  request,
}) => {
  // Critical-CH makes Chromium fetch a reader's first page twice.
  for (const path of ['/en', '/en/events', '/en/events/cannes-2026-kazakhstan-pavilion', '/en/films/aika']) {
    const response = await request.get(path)
    expect(response.headers()['critical-ch'], path).toBeUndefined()
    expect(response.headers()['accept-ch'], path).toBeUndefined()
    // Next would hash the whole page on every request to make one (next.config.mjs).
    expect(response.headers()['etag'], path).toBeUndefined()
  }
  const admin = await request.get('/admin/login', { maxRedirects: 0 })
  expect(admin.headers()['critical-ch']).toBe('Sec-CH-Prefers-Color-Scheme')
})

test("a phone's largest first picture is fetched first, the others when scrolled to", async ({ page }) => {
  await page.goto('/en')
  const upcoming = page.getByRole('region', { name: 'Upcoming events' })
  const cards = upcoming.locator('article img')
  await expect(cards.first()).toHaveAttribute('fetchpriority', 'high')
  await expect(cards.first()).toHaveAttribute('loading', 'eager')
  await expect(cards.nth(1)).toHaveAttribute('loading', 'lazy')
  await expect(page.locator('img[src^="/map.svg"]')).toHaveAttribute('loading', 'lazy')
  // At most one picture is fetched first: the first of the first two cards that has one
  // (lib/media.ts), whatever the cards before it hold; none when neither has one.
  for (const path of ['/en', '/en/events', '/en/films']) {
    await page.goto(path)
    const cards = await page
      .locator('main ul.grid > li')
      .evaluateAll((items) => items.slice(0, 2).map((item) => item.querySelector('img') !== null))
    const prioritised = cards.indexOf(true)
    const high = page.locator('main img[fetchpriority="high"]')
    await expect(high, path).toHaveCount(prioritised >= 0 ? 1 : 0)
    if (prioritised >= 0) {
      await expect(page.locator('main img').first(), path).toHaveAttribute('fetchpriority', 'high')
      await expect(high, path).toHaveAttribute('loading', 'eager')
    }
  }

  // A film's poster opens its page; an event's picture follows its dates, place and schedule (issue
  // 11: the facts on a phone's first screen), so it waits until it is scrolled to.
  for (const [path, first] of [
    ['/en/films/aika', true],
    ['/en/events/cannes-2026-kazakhstan-pavilion', false],
  ] as const) {
    await page.goto(path)
    const picture = page.locator('main img').first()
    if (first) {
      await expect(picture).toHaveAttribute('fetchpriority', 'high')
      await expect(picture).toHaveAttribute('loading', 'eager')
    } else await expect(picture).toHaveAttribute('loading', 'lazy')
    // Its size is in the markup, so nothing moves when it arrives.
    await expect(picture).toHaveAttribute('width', /^\d+$/)
    await expect(picture).toHaveAttribute('height', /^\d+$/)
  }
})

// The site's icons (and /favicon.ico, which browsers ask for anyway) are held by e2e/icons.spec.ts.
