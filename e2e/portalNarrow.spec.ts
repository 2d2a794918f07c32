import { expect, test, type Page } from '@playwright/test'
import { signInToPortal } from './helpers'

// Kazakh labels are the longest of the three: on a 360 px phone every button of the report form,
// "Министрлікке жіберу" among them, must fit inside the screen and show its whole label.
const overflowing = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('button')]
      .filter((button) => button.getBoundingClientRect().width > 0)
      .filter(
        (button) =>
          button.getBoundingClientRect().right > document.documentElement.clientWidth ||
          button.scrollWidth > button.clientWidth + 1,
      )
      .map((button) => button.textContent?.trim()),
  )

test.describe('the portal on a phone in Kazakh', () => {
  test.use({ viewport: { width: 360, height: 740 } })

  test('the report form’s buttons, the send button among them, fit the screen', async ({ page }) => {
    await page.goto('/portal/sign-in')
    await signInToPortal(page, 'washington@example.org')
    await page.locator('button[name="language"][value="kk"]').click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk')
    // The list names the report in the portal's language.
    const draft = page.getByRole('link', { name: '«Анаға апарар жол» БҰҰ-да' })
    await draft.click()
    const send = page.getByRole('button', { name: 'Министрлікке жіберу' })
    await expect(send).toBeVisible()
    expect(await overflowing(page)).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  })
})
