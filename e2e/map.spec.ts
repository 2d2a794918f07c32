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
