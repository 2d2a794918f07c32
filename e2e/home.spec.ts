import { expect, test } from '@playwright/test'
import { apiToken, bySlug } from './helpers'

test('/ sends a Russian-speaking reader to the Russian home page', async ({ request }) => {
  const response = await request.get('/', {
    maxRedirects: 0,
    headers: { 'Accept-Language': 'ru-RU,ru;q=0.9,en;q=0.8' },
  })
  expect(response.status()).toBe(307)
  expect(response.headers().location).toBe('/ru')
})

test('/ sends a reader with no language of ours to English', async ({ request }) => {
  const response = await request.get('/', {
    maxRedirects: 0,
    headers: { 'Accept-Language': 'de-DE,de;q=0.9' },
  })
  expect(response.headers().location).toBe('/en')
})

test('the English home page lists upcoming published events, not past ones or drafts', async ({ page }) => {
  await page.goto('/en')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  const upcoming = page.getByRole('region', { name: 'Upcoming events' })
  await expect(
    upcoming.getByRole('heading', { name: 'Amre: premiere screening in Washington' }),
  ).toBeVisible()
  await expect(upcoming.getByRole('heading', { name: 'Kazakh film evening in Brussels' })).toBeVisible()
  await expect(upcoming).toContainText('9 December 2026')
  await expect(upcoming).not.toContainText('Kazakh Film Week in Paris')
  await expect(upcoming).not.toContainText('Days of Kazakh Cinema in Brussels')
})

test('the Kazakh home page speaks Kazakh', async ({ page }) => {
  await page.goto('/kk')
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk')
  await expect(page.getByRole('heading', { name: 'Алдағы іс-шаралар' })).toBeVisible()
  await expect(
    page.getByRole('heading', { name: '«Әміре»: Вашингтондағы премьералық көрсетілім' }),
  ).toBeVisible()
})

test('the language switcher takes the reader to the same page in another language', async ({ page }) => {
  await page.goto('/en')
  await page.getByRole('link', { name: 'Русский' }).click()
  await expect(page).toHaveURL(/\/ru$/)
  await expect(page.getByRole('heading', { name: 'Ближайшие события' })).toBeVisible()
})

/** The Russian word a count takes by CLDR's rule: 1 and 21 one form, 2–4 another, 5–20 a third. */
const russianForm = (n: number, [one, few, many]: [string, string, string]) => {
  const tens = n % 100
  if (tens >= 11 && tens <= 14) return many
  if (n % 10 === 1) return one
  if (n % 10 >= 2 && n % 10 <= 4) return few
  return many
}

test('home figures agree with their numbers in Russian, and say since when they count', async ({ page }) => {
  await page.goto('/ru')
  const figures = page.getByRole('region', { name: 'В цифрах' })
  const words: Record<string, [string, string, string]> = {
    стран: ['страна', 'страны', 'стран'],
    событ: ['событие', 'события', 'событий'],
    показ: ['показ', 'показа', 'показов'],
    зрител: ['зритель', 'зрителя', 'зрителей'],
  }
  const items = figures.locator('dl > div')
  await expect(items).toHaveCount(4)
  for (const item of await items.all()) {
    const n = Number((await item.locator('dd').innerText()).replace(/\s/g, ''))
    const word = await item.locator('dt').innerText()
    const forms = Object.entries(words).find(([stem]) => word.startsWith(stem.slice(0, 4)))?.[1]
    expect(forms, word).toBeTruthy()
    expect(word, `${n} ${word}`).toBe(russianForm(n, forms!))
  }
  await expect(figures).toContainText(/С \d{4} года/)
})

test('event cards keep their column’s width, with a picture or without', async ({ page, request }) => {
  // An upcoming published event without a picture, beside the demo's events with one.
  const token = await apiToken(request, 'editor@example.org')
  const belgium = await bySlug(request, 'embassies', 'belgium')
  const created = await request.post('/api/events', {
    headers: { Authorization: `JWT ${token}` },
    data: {
      title: `Liège film night ${Date.now()}`,
      type: 'embassy_screening',
      startsOn: '2026-12-20T12:00:00.000Z',
      timezone: 'Europe/Brussels',
      country: 'BE',
      city: 'Liège',
      organisingEmbassy: belgium.id,
      _status: 'published',
    },
  })
  expect(created.status()).toBe(201)
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('/en')
  const cards = page.getByRole('region', { name: 'Upcoming events' }).locator('article')
  await expect(cards.filter({ hasText: 'Liège film night' })).toHaveCount(1)
  await expect(cards.filter({ has: page.locator('img') }).first()).toBeVisible()
  const widths = await cards.evaluateAll((articles) =>
    articles.map((article) => Math.round(article.getBoundingClientRect().width)),
  )
  expect(new Set(widths).size, widths.join(', ')).toBe(1)
})
