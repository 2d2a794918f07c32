// Issue 12: an editor previews a draft event as the public will see it, and after publishing finds
// the public page from the edit view; nobody else ever sees the draft, not even through a cache.
import { expect, test } from '@playwright/test'
import { apiToken, bySlug, signInToAdmin } from './helpers'

test('an editor previews a draft event, the public never sees it, and the published event links to its page', async ({
  page,
  browser,
  request,
}, testInfo) => {
  const token = await apiToken(request, 'editor@example.org')
  const belgium = await bySlug(request, 'embassies', 'belgium')
  const title = `Preview night in Liège ${Date.now()}`
  const created = await request.post('/api/events?draft=true', {
    headers: { Authorization: `JWT ${token}` },
    data: {
      title,
      type: 'embassy_screening',
      startsOn: '2027-06-10T12:00:00.000Z',
      timezone: 'Europe/Brussels',
      country: 'BE',
      city: 'Liège',
      organisingEmbassy: belgium.id,
      _status: 'draft',
    },
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
  const publicPath = `/en/events/${doc.slug}`
  expect((await request.get(publicPath)).status()).toBe(404)

  // Without the admin's session the preview is refused, and turns nothing on.
  const anonymous = await request.get(`/admin/preview?collection=events&id=${doc.id}&locale=en`, {
    maxRedirects: 0,
  })
  expect(anonymous.status()).toBe(401)
  expect(anonymous.headers()['set-cookie'] ?? '').not.toContain('__prerender_bypass')

  await signInToAdmin(page, 'editor@example.org')
  await page.goto(`/admin/collections/events/${doc.id}`)
  await expect(page.locator('.public-page-link')).toContainText('Not on the public site yet')
  const [preview] = await Promise.all([
    page.context().waitForEvent('page'),
    // Payload's Preview button: an icon link, named by its label (admin.preview in Events.ts).
    page.getByRole('link', { name: 'Preview', exact: true }).click(),
  ])
  await expect(preview).toHaveURL(new RegExp(`${publicPath}$`))
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(preview.getByRole('status').filter({ hasText: 'Preview' })).toBeVisible()
  for (const width of [1280, 360]) {
    await preview.setViewportSize({ width, height: 800 })
    await preview.screenshot({ path: testInfo.outputPath(`preview-${width}.png`) })
  }

  // Only the previewed document is read as a draft: a submitted report stays unpublished here too.
  expect((await preview.goto('/en/reports/welink-film-festival-new-york-2026-report'))?.status()).toBe(404)
  await preview.goto(publicPath)
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(title)
  // Calendar files are cached routes, read as the public's even in a preview: a draft's is never
  // made, so none can be kept by a cache in front and handed to the public.
  expect((await preview.request.get(`${publicPath}/calendar.ics`)).status()).toBe(404)
  expect((await request.get(`${publicPath}/calendar.ics`)).status()).toBe(404)

  // A link on another site cannot switch the editor's browser into previews.
  const crossSite = await page.request.get(`/admin/preview?collection=events&id=${doc.id}&locale=en`, {
    headers: { 'Sec-Fetch-Site': 'cross-site' },
    maxRedirects: 0,
  })
  expect(crossSite.status()).toBe(403)

  // A reader at the same moment, and after: still no page, no preview banner, nothing cached.
  const reader = await (await browser.newContext()).newPage()
  expect((await reader.goto(publicPath))?.status()).toBe(404)
  expect((await request.get(publicPath)).status()).toBe(404)

  // Leaving the preview ends it for the editor too.
  await preview.getByRole('link', { name: 'Leave the preview' }).click()
  await expect(preview).toHaveURL(/\/en$/)
  expect((await preview.goto(publicPath))?.status()).toBe(404)

  // Published, the edit view links to the page in each language.
  const published = await request.patch(`/api/events/${doc.id}`, {
    headers: { Authorization: `JWT ${token}` },
    data: { _status: 'published' },
  })
  expect(published.status()).toBe(200)
  await page.reload()
  const links = page.locator('.public-page-link a')
  await expect(links).toHaveCount(3)
  await expect(links.first()).toHaveAttribute('href', `/kk/events/${doc.slug}`)
  await expect.poll(async () => (await request.get(publicPath)).status()).toBe(200)
})
