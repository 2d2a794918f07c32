import { expect, test } from '@playwright/test'

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
