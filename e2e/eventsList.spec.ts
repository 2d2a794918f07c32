import { expect, test, type Page } from '@playwright/test'

const titlesIn = (page: Page, section: string) =>
  page.getByRole('region', { name: section }).getByRole('heading', { level: 3 }).allTextContents()

test.describe('the events list', () => {
  test('upcoming events come first, soonest first; past ones after, latest first', async ({ page }) => {
    await page.goto('/en/events')
    const sections = await page.locator('main section h2').allTextContents()
    expect(sections.slice(0, 2)).toEqual(['Upcoming events', 'Past events'])
    // Earlier tests add events later in the year; the demo's two come first.
    expect((await titlesIn(page, 'Upcoming events')).slice(0, 2)).toEqual([
      'Amre: premiere screening in Washington',
      'Kazakh film evening in Brussels',
    ])
    // Earlier tests add past events too; the demo's keep their order among them, latest first.
    const past = await titlesIn(page, 'Past events')
    const demoPast = ['Road to Mother at UN Headquarters', 'Days of Kazakh Cinema in Brussels']
    expect(past.filter((title) => demoPast.includes(title))).toEqual(demoPast)
    expect(past.at(-1)).toBe('Days of Kazakh Cinema in Brussels')
    expect(past).not.toContain('Amre: premiere screening in Washington')
    const starts = await page
      .getByRole('region', { name: 'Past events' })
      .locator('time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''))
    expect(starts).toEqual([...starts].sort().reverse())
  })

  test('asking for past events only shows them latest first, without the upcoming section', async ({
    page,
  }) => {
    await page.goto('/ru/events?when=past')
    await expect(page.getByRole('region', { name: 'Прошедшие события' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Ближайшие события' })).toHaveCount(0)
  })

  test.describe('on a phone, without JavaScript', () => {
    test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false })
    test('the filters fold away under a toggle that opens them', async ({ page }) => {
      await page.goto('/en/events')
      const toggle = page.getByText('Filters', { exact: true })
      await expect(toggle).toBeVisible()
      await expect(page.getByLabel('Country')).toBeHidden()
      await toggle.click()
      await expect(page.getByLabel('Country')).toBeVisible()
    })
  })

  test.describe('on a wide screen, without JavaScript', () => {
    test.use({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false })
    test('the filters are open, with no toggle', async ({ page }) => {
      await page.goto('/en/events')
      await expect(page.getByLabel('Country')).toBeVisible()
      await expect(page.getByText('Filters', { exact: true })).toBeHidden()
    })
  })

  test('cards with and without a picture are the same width', async ({ page }) => {
    await page.goto('/en/events')
    const widths = await page
      .getByRole('region', { name: 'Past events' })
      .locator('li')
      .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().width)))
    expect(new Set(widths).size).toBe(1)
  })
})
