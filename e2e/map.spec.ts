import { expect, test } from '@playwright/test'

test.describe('the home page map', () => {
  test('has a legend saying what each shade counts', async ({ page }) => {
    await page.goto('/en')
    const legend = page.getByTestId('map-legend')
    await expect(legend).toContainText('Events per country')
    // No events, then the ranges of the shades in use.
    await expect(legend.locator('dd').first()).toHaveText('0')
    expect(await legend.locator('dd').count()).toBeGreaterThan(1)
  })

  test('small countries are reachable from the list under it, in the reader’s language', async ({ page }) => {
    await page.goto('/ru')
    const list = page.getByRole('figure').getByRole('list')
    await list.getByRole('link', { name: /Бельгия/ }).click()
    await expect(page).toHaveURL(/\/ru\/countries\/be$/)
  })
})

test('every country has its place on /countries, A to Z in the reader’s language, with its count', async ({
  page,
}, testInfo) => {
  await page.goto('/ru/countries')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Страны')
  const names = await page.getByTestId('countries').getByRole('link').allTextContents()
  expect(names.length).toBeGreaterThanOrEqual(2)
  // Sorted by the Russian names, and each says its number of events with the right plural.
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'ru')))
  expect(names.every((name) => /: \d+ событи(е|я|й)$/.test(name))).toBe(true)
  // The home page names the same countries under its map while there are no more than 24.
  const onHome = async () => {
    await page.goto('/ru')
    return page.getByRole('figure').getByRole('list').getByRole('link').allTextContents()
  }
  expect((await onHome()).sort()).toEqual([...names].sort())
  await page.goto('/ru/countries')
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 })
    await page.screenshot({ path: testInfo.outputPath(`countries-ru-${width}.png`), fullPage: true })
  }
  await page
    .getByTestId('countries')
    .getByRole('link', { name: /Бельгия/ })
    .click()
  await expect(page).toHaveURL(/\/ru\/countries\/be$/)
})
