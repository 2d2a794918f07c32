import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test'
import { apiToken, bySlug, demoPassword } from './helpers'

/** A browser whose reader asks for Kazakh first, as a Kazakh-language system sends it. */
const browserIn = async (browser: Browser, locale: string) => (await browser.newContext({ locale })).newPage()

/** The page at a phone's and a desktop's width, kept beside the test's results for a person to look at. */
const screenshots = async (page: Page, testInfo: TestInfo, name: string) => {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: width === 360 ? 780 : 900 })
    await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true })
  }
  await page.setViewportSize({ width: 1280, height: 900 })
}

test('a browser asking for Kazakh gets the Kazakh sign-in page', async ({ browser }, testInfo) => {
  const page = await browserIn(browser, 'kk-KZ')
  await page.goto('/admin/login')
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk')
  await expect(page.getByRole('button', { name: 'Кіру' })).toBeVisible()
  await expect(page.getByText('Құпиясөзді ұмыттыңыз ба?')).toBeVisible()
  await expect(page.locator('label[for="field-password"]')).toContainText('Құпиясөз')
  await screenshots(page, testInfo, 'sign-in-kk')
})

test('a ministry editor who works in Kazakh gets the admin in Kazakh', async ({
  browser,
  request,
}, testInfo) => {
  const email = `kk-editor-${Date.now()}@example.org`
  const created = await request.post('/api/users', {
    headers: { Authorization: `JWT ${await apiToken(request, 'admin@example.org')}` },
    data: { email, password: demoPassword, name: 'Әйгерім Сейітова', role: 'editor', language: 'kk' },
  })
  expect(created.status()).toBe(201)

  // The browser asks for English: the working language, not the browser, decides once signed in.
  const page = await browserIn(browser, 'en-GB')
  await page.goto('/admin/login')
  await expect(page.getByRole('button', { name: 'Login' })).toBeVisible()
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(demoPassword)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)

  const nav = page.locator('nav')
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk')
  await expect(nav.getByRole('link', { name: 'Іс-шаралар', exact: true })).toBeAttached()
  await expect(nav.getByRole('link', { name: 'Көрсетілімдер', exact: true })).toBeAttached()
  await expect(nav.getByText('Бағдарлама', { exact: true })).toBeAttached()
  await expect(page.locator('#nav-review-queue')).toContainText('Тексеру кезегі')
  await expect(
    page.getByRole('heading', { name: 'Жинақтар' }).or(page.getByText('Іс-шаралар').first()),
  ).toBeVisible()
  await screenshots(page, testInfo, 'dashboard-kk')

  const event = await bySlug(request, 'events', 'cannes-2026-kazakhstan-pavilion')
  await page.goto(`/admin/collections/events/${event.id}`)
  await expect(page.getByRole('button', { name: 'Қашан және қайда' })).toBeVisible()
  await expect(page.locator('label[for="field-title"]')).toContainText('Атауы')
  await expect(page.locator('#action-save')).toContainText(/сақтау|жариялау/i)
  await screenshots(page, testInfo, 'event-kk')

  // Signed out, the sign-in page follows the browser again: the next person may read another language.
  await page.goto('/admin/logout')
  await expect(page.getByRole('button', { name: 'Login' })).toBeVisible()
})
