import { expect, test } from '@playwright/test'

test.describe('reports, navigation and footer', () => {
  test('the reports list shows published reports, newest first', async ({ page }) => {
    await page.goto('/en/reports')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reports')
    const reports = page.getByTestId('reports')
    const titles = await reports.getByRole('heading', { level: 2 }).allTextContents()
    // The seed's two, in this order; the portal and desk tests publish newer ones before this runs.
    const seeded = [
      'Cannes 2026: a memorandum with Tokyo New Cinema and a co-production with China',
      'Days of Kazakh Cinema in Brussels: full halls and a meeting with Aliya Anuarbek',
    ]
    expect(titles.filter((title) => seeded.includes(title))).toEqual(seeded)
    const published = await reports
      .locator('time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''))
    expect(published).toHaveLength(titles.length)
    expect(published).toEqual([...published].sort().reverse())
    // Submitted and draft reports are not public.
    await expect(page.getByText('Road to Mother at the United Nations')).toHaveCount(0)
  })

  test('a page past the last of the reports is not found', async ({ page }) => {
    const response = await page.goto('/en/reports?page=9')
    expect(response?.status()).toBe(404)
  })

  for (const [locale, reports] of [
    ['en', 'Reports'],
    ['ru', 'Отчёты'],
    ['kk', 'Есептер'],
  ])
    test(`Reports are in the main navigation (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}`)
      await page.getByRole('navigation', { name: /./ }).first().getByRole('link', { name: reports }).click()
      await expect(page).toHaveURL(new RegExp(`/${locale}/reports$`))
    })

  test('the footer gives the ministry’s and the press contact, and links to follow the site', async ({
    page,
  }) => {
    await page.goto('/ru/events')
    const footer = page.getByRole('contentinfo')
    await expect(footer).toContainText('Министерство культуры и информации Республики Казахстан')
    await expect(footer.getByRole('link', { name: 'cinema@example.org' })).toHaveAttribute(
      'href',
      'mailto:cinema@example.org',
    )
    await expect(footer.getByRole('region', { name: 'Для прессы' }).getByRole('link')).toHaveAttribute(
      'href',
      'mailto:press@example.org',
    )
    await expect(footer.getByRole('link', { name: 'Лента отчётов (RSS)' })).toHaveAttribute(
      'href',
      '/ru/feed.xml',
    )
    await expect(footer.getByRole('link', { name: 'Календарь показов (iCal)' })).toHaveAttribute(
      'href',
      '/events.ics',
    )
    await expect(footer.getByRole('link', { name: 'Отчёты' })).toHaveAttribute('href', '/ru/reports')
  })

  test('changing language keeps the list’s filters', async ({ page }) => {
    await page.goto('/en/events?country=BE&when=past')
    await page.getByRole('link', { name: 'Русский' }).click()
    await expect(page).toHaveURL(/\/ru\/events\?country=BE&when=past$/)
    await expect(page.getByLabel('Страна')).toHaveValue('BE')
  })

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })
    test('the language links of a filtered list keep its filters', async ({ page }) => {
      await page.goto('/en/events?country=BE')
      await expect(page.getByRole('link', { name: 'Қазақша' })).toHaveAttribute(
        'href',
        '/kk/events?country=BE',
      )
    })
  })
})
