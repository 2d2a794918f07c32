import { expect, test } from '@playwright/test'
import { apiToken, bySlug } from './helpers'

const trailer = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'

test.describe('a film page', () => {
  test.beforeAll(async ({ request }) => {
    const token = await apiToken(request, 'editor@example.org')
    const film = await bySlug(request, 'films', 'road-to-mother', token)
    const response = await request.patch(`/api/films/${film.id}`, {
      headers: { Authorization: `JWT ${token}` },
      data: { trailerUrl: trailer },
    })
    expect(response.status()).toBe(200)
  })

  test('shows the poster whole, at its own aspect ratio, and the stills', async ({ page }) => {
    await page.goto('/en/films/road-to-mother')
    const poster = page.getByRole('img', { name: /Poster artwork/ })
    const box = (await poster.boundingBox())!
    // The demo poster is 800 × 1200.
    expect(box.height / box.width).toBeCloseTo(1.5, 1)
    await expect(page.getByRole('region', { name: 'Stills' }).getByRole('img')).toHaveCount(2)
  })

  test('loads the trailer player only after a click, from the no-cookie domain', async ({ page }) => {
    const videoRequests: string[] = []
    page.on('request', (request) => {
      if (/youtube/.test(request.url())) videoRequests.push(request.url())
    })
    await page.route('https://www.youtube-nocookie.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<p>player</p>' }),
    )
    await expect(async () => {
      await page.goto('/en/films/road-to-mother')
      await expect(page.getByTestId('trailer').getByRole('link')).toHaveAttribute('href', trailer, {
        timeout: 2_000,
      })
    }).toPass({ timeout: 30_000 })
    await expect(page.locator('iframe')).toHaveCount(0)
    expect(videoRequests).toEqual([])
    await page
      .getByTestId('trailer')
      .getByRole('link', { name: /Watch the trailer/ })
      .click()
    await expect(page.locator('iframe')).toHaveAttribute(
      'src',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
    )
    await expect(page).toHaveURL(/\/en\/films\/road-to-mother$/)
  })

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })
    test('the trailer is a plain link', async ({ page }) => {
      await page.goto('/en/films/road-to-mother')
      await expect(page.getByTestId('trailer').getByRole('link')).toHaveAttribute('href', trailer)
    })
  })

  test('lists the film’s coming screenings with event, city and date', async ({ page }) => {
    await page.goto('/ru/films/amre')
    const coming = page.getByTestId('upcoming-screenings')
    await expect(coming.getByRole('link', { name: /Амре|Әміре|Amre/ })).toHaveAttribute(
      'href',
      '/ru/events/amre-premiere-washington-2026',
    )
    await expect(coming).toContainText('Вашингтон')
    await expect(coming).toContainText('9 декабря 2026')
    await page.goto('/en/films/road-to-mother')
    await expect(page.getByText('No screenings of this film are announced yet.')).toBeVisible()
  })

  test('says whom to write to book the film', async ({ page }) => {
    await page.goto('/kk/films/amre')
    const booking = page.getByRole('region', { name: 'Фильмді көрсету' })
    await expect(booking.getByRole('link')).toHaveAttribute('href', /^mailto:cinema@example\.org\?subject=/)
  })
})
