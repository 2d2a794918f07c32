import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { signInToPortal } from './helpers'

const routes = [
  '',
  '/events',
  '/events?when=past&country=BE',
  '/events/days-of-kazakh-cinema-brussels-2025',
  '/events/myn-bala-evening-brussels-2027',
  '/films',
  '/films/road-to-mother',
  '/reports/days-of-kazakh-cinema-brussels-2025-report',
  '/countries/be',
  '/search?q=amre',
  '/no-such-page',
]

for (const locale of ['kk', 'ru', 'en'])
  for (const route of routes)
    test(`no WCAG 2.2 AA violations on /${locale}${route}`, async ({ page }) => {
      await page.goto(`/${locale}${route}`)
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
      expect(
        violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([])
    })

test('a keyboard alone reaches an event from the home page and downloads its calendar', async ({ page }) => {
  await page.goto('/en')
  // The first stop is the skip link, which moves focus to the content.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
  await page.keyboard.press('Enter')
  let found = false
  for (let i = 0; i < 30 && !found; i++) {
    await page.keyboard.press('Tab')
    found =
      (await page.evaluate(() => document.activeElement?.textContent)) ===
      'Amre: premiere screening in Washington'
  }
  expect(found).toBe(true)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/en\/events\/amre-premiere-washington-2026$/)
  let onCalendar = false
  for (let i = 0; i < 30 && !onCalendar; i++) {
    await page.keyboard.press('Tab')
    onCalendar =
      (await page.evaluate(() => document.activeElement?.textContent)) ===
      'Add the whole event to your calendar'
  }
  expect(onCalendar).toBe(true)
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
  expect(download.suggestedFilename()).toBe('amre-premiere-washington-2026.ics')
})

test.describe('the embassy portal', () => {
  const axe = async (page: import('@playwright/test').Page) => {
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
    return violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    )
  }

  test('no WCAG 2.2 AA violations on the sign-in page, with an error shown', async ({ page }) => {
    await page.goto('/portal/sign-in')
    expect(await axe(page)).toEqual([])
    await page.getByLabel('Email').fill('nobody@example.org')
    await page.getByLabel('Password').fill('wrong')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.locator('p[role="alert"]')).toBeVisible()
    expect(await axe(page)).toEqual([])
  })

  for (const [email, language] of [
    ['washington@example.org', 'English'],
    ['brussels@example.org', 'Russian'],
  ])
    test(`no WCAG 2.2 AA violations on the overview and a draft report form (${language})`, async ({
      page,
    }) => {
      await page.goto('/portal/sign-in')
      await signInToPortal(page, email)
      await expect(page).toHaveURL(/\/portal$/)
      expect(await axe(page)).toEqual([])
      const draft = page.getByRole('link', { name: /report|отчёт/i }).first()
      await draft.click()
      await expect(page).toHaveURL(/\/portal\/reports\//)
      expect(await axe(page)).toEqual([])
    })
})
