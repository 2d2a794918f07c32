import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { apiToken, signInToAdmin, signInToPortal } from './helpers'

const pdfText = async (body: Buffer) => {
  const document = await getDocument({ data: new Uint8Array(body) }).promise
  const pages: string[] = []
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent()
    pages.push(
      content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''),
    )
  }
  return pages.join('\n').replace(/\s+/g, ' ')
}

const figure = (page: Page, label: string) => page.locator(`[data-figure="${label}"] dd`)

/** A downloaded file's bytes, after clicking the link that starts it. */
const download = async (page: Page, link: string) => {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: link }).first().click(),
  ])
  return readFile((await file.path())!)
}

/**
 * Belgian events with an approved or published report, as the API tells the editor: the seed has
 * one; the portal and desk tests that run earlier in the same database publish more.
 */
const countedBelgianEvents = async (page: Page) => {
  const editor = await apiToken(page.request, 'editor@example.org')
  const response = await page.request.get(
    '/api/reports?where[status][in]=approved,published&depth=1&limit=100&select[event]=true',
    { headers: { Authorization: `JWT ${editor}` } },
  )
  const { docs } = (await response.json()) as { docs: { event: { id: number; country: string } }[] }
  return new Set(docs.filter(({ event }) => event.country === 'BE').map(({ event }) => event.id)).size
}

test('insights: counted figures, a country filter, and downloads that parse', async ({ page }) => {
  await signInToAdmin(page, 'editor@example.org')
  await page.goto('/admin/insights')
  await expect(page.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible()
  await expect(page.getByTestId('counted-only')).toContainText(
    'only from reports the ministry has approved or published',
  )
  const allEvents = Number(await figure(page, 'Events').textContent())
  expect(allEvents).toBeGreaterThanOrEqual(2)

  // Only the counted Belgian events: the seeded Brussels days and any an earlier test published.
  const belgian = await countedBelgianEvents(page)
  expect(belgian).toBeGreaterThanOrEqual(1)
  await page.getByLabel('Country', { exact: true }).selectOption('BE')
  await page.getByRole('button', { name: 'Apply' }).click()
  await expect(page).toHaveURL(/[?&]country=BE/)
  await expect(figure(page, 'Events')).toHaveText(String(belgian))
  await expect(page.getByRole('table', { name: 'Attendance by country' }).locator('tbody tr')).toHaveCount(1)
  const screenings = Number(await figure(page, 'Screenings').textContent())

  // The exports carry the filters: one row per screening of the Belgian events.
  const csv = (await download(page, 'CSV').then((body) => body.toString('utf8'))).replace(/^\uFEFF/, '')
  const lines = csv.trimEnd().split('\r\n')
  expect(lines[0]).toBe('Date,Country,City,Event,Film,Embassy,Status,Attendance')
  expect(lines).toHaveLength(screenings + 1)
  expect(lines.slice(1).every((line) => line.includes('Belgium'))).toBe(true)

  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await download(page, 'XLSX')) as never)
  expect(workbook.worksheets[0].getRow(1).getCell(1).value).toBe('Date')
  expect(workbook.worksheets[0].rowCount).toBe(screenings + 1)
})

test('the annual report is a PDF with Kazakh and Russian headings', async ({ page }) => {
  await signInToAdmin(page, 'editor@example.org')
  // As a browser following the admin's link sends it: Payload takes its session cookie only from a
  // same-site request (Sec-Fetch-Site or Origin), which Playwright's request client does not add.
  const sameSite = { headers: { 'Sec-Fetch-Site': 'same-origin' } }
  const kk = await page.request.get('/admin/insights/report?year=2025&locale=kk', sameSite)
  expect(kk.status()).toBe(200)
  expect(kk.headers()['content-type']).toBe('application/pdf')
  const kkText = await pdfText(await kk.body())
  expect(kkText).toContain('Кинодипломатия: 2025 жылғы жылдық есеп')
  expect(kkText).toContain('Жыл сандармен')
  const ruText = await pdfText(
    await (await page.request.get('/admin/insights/report?year=2026&locale=ru', sameSite)).body(),
  )
  expect(ruText).toContain('Год в цифрах')
  expect(ruText).toContain('Число зрителей по странам')
})

test('only ministry staff reach the insights, exports and reports', async ({ request }) => {
  expect((await request.get('/admin/insights/export?format=csv&data=screenings')).status()).toBe(401)
  const embassy = { Authorization: `JWT ${await apiToken(request, 'brussels@example.org')}` }
  expect(
    (await request.get('/admin/insights/export?format=csv&data=screenings', { headers: embassy })).status(),
  ).toBe(403)
  expect((await request.get('/admin/insights/report?year=2025', { headers: embassy })).status()).toBe(403)
})

test('embassy staff get “Our year” for their own embassy only', async ({ page }) => {
  await page.goto('/portal/sign-in')
  await signInToPortal(page, 'brussels@example.org')
  await expect(page).toHaveURL(/\/portal\/?$/)
  // The clerk's portal speaks the embassy's working language.
  const link = page.getByRole('link', { name: /Our year|Наш год|Біздің жыл/ })
  await expect(link).toBeVisible()
  // The embassy comes from the session: an `embassy` in the address is ignored.
  const ours = await page.request.get('/portal/our-year?year=2025&locale=en&embassy=999')
  expect(ours.headers()['content-type']).toBe('application/pdf')
  expect(await pdfText(await ours.body())).toContain('Days of Kazakh Cinema in Brussels')
  // The ministry's Cannes pavilion report of 2026 counts ministry-wide, never in an embassy's year.
  const next = await pdfText(await (await page.request.get('/portal/our-year?year=2026&locale=en')).body())
  expect(next).toContain('Film diplomacy: annual report 2026')
  expect(next).not.toContain('Cannes')
})
