import { expect, test, type Browser } from '@playwright/test'
import { apiToken, bySlug, demoPassword, newPastEvent, signInToPortal } from './helpers'

// An embassy whose staff work in Russian: one report per event, and every message in Russian.

const email = 'brussels-ru@example.org'
let event: { id: number | string; title: string }
let secondTab = ''

const signedIn = async (browser: Browser) => {
  const page = await (await browser.newContext({ locale: 'en-GB' })).newPage()
  await page.goto('/portal')
  await signInToPortal(page, email)
  await expect(page).toHaveURL(/\/portal$/)
  return page
}

test.describe.serial('the portal in Russian', () => {
  test.beforeAll(async ({ request }) => {
    const admin = await apiToken(request, 'admin@example.org')
    const belgium = await bySlug(request, 'embassies', 'belgium')
    const user = await request.post('/api/users', {
      headers: { Authorization: `JWT ${admin}` },
      data: {
        email,
        password: demoPassword,
        name: 'Айгерим Садыкова',
        role: 'embassy',
        embassy: belgium.id,
        language: 'ru',
      },
    })
    expect(user.status()).toBe(201)
    event = await newPastEvent(request, {
      embassy: 'belgium',
      title: 'Вечер казахского кино в Льеже',
      screenings: ['2026-11-05T18:00:00.000Z'],
    })
  })

  test('an event the embassy already reports on offers its report, not a second one', async ({
    browser,
    request,
  }) => {
    const published = await bySlug(
      request,
      'reports',
      'days-of-kazakh-cinema-brussels-2025-report',
      await apiToken(request, 'editor@example.org'),
    )
    const page = await signedIn(browser)
    await page.goto('/portal/reports/new')
    await expect(page.getByRole('heading', { name: 'Новый отчёт' })).toBeVisible()
    const reported = page.getByRole('region', { name: 'События, о которых ваше посольство уже отчитывается' })
    await expect(reported.locator(`a[href="/portal/reports/${published.id}"]`)).toHaveText(
      'Открыть ваш отчёт',
    )
    const offered = await page
      .locator('#new-report-event option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))
    expect(offered).toContain(String(event.id))
    expect(offered).not.toContain(String(published.event))
  })

  test('a second report started in another tab is refused, in Russian, with a link to the first', async ({
    browser,
  }) => {
    const page = await signedIn(browser)
    await page.goto('/portal/reports/new')
    await page.getByLabel('Событие', { exact: true }).selectOption({ label: event.title })
    await page.getByLabel('Заголовок отчёта').fill('Вечер в Льеже')
    // Meanwhile another tab starts a report on the same event.
    const other = await page.request.post('/portal/api/reports?locale=ru', {
      headers: { Origin: new URL(page.url()).origin },
      data: { event: event.id, title: 'Из другой вкладки' },
    })
    expect(other.status()).toBe(201)
    secondTab = String((await other.json()).id)

    await page.getByRole('button', { name: 'Начать отчёт' }).click()
    await expect(
      page.getByText(
        'У этого посольства уже есть отчёт об этом мероприятии: «Из другой вкладки». Откройте его и продолжайте там, не начиная второй.',
      ),
    ).toBeVisible()
    await expect(page.locator(`form a[href="/portal/reports/${secondTab}"]`)).toHaveText('Открыть ваш отчёт')
    await expect(page).toHaveURL(/\/portal\/reports\/new$/)
  })

  test('the server’s objections are in Russian, and the “cannot be sent” banner goes once they are fixed', async ({
    browser,
  }) => {
    const page = await signedIn(browser)
    await page.goto(`/portal/reports/${secondTab}`)
    await page.getByRole('button', { name: 'Отправить в министерство' }).click()
    const banner = page.getByRole('alert').filter({ hasText: 'Отчёт пока нельзя отправить' })
    await expect(banner).toBeVisible()
    await expect(banner).toContainText(
      '«Показы в отчёте»: поле нужно заполнить до отправки отчёта в министерство.',
    )
    await expect(banner).not.toContainText('required')

    await page.getByRole('checkbox').first().check()
    await page.getByLabel('Зрителей', { exact: true }).fill('40')
    await expect(page.getByRole('status').filter({ hasText: /Сохранено в/ })).toBeVisible()
    await expect(banner).toHaveCount(0)

    // An audience group larger than the screenings counted: refused, and said in Russian.
    await page.getByRole('button', { name: /Добавить группу зрителей/ }).click()
    await page.getByLabel('Человек', { exact: true }).fill('150')
    await expect(
      page.getByText('Группы аудитории в сумме дают 150, больше, чем насчитали показы (40).'),
    ).toBeVisible()
    await page.getByLabel('Человек', { exact: true }).fill('30')
    await expect(page.getByRole('status').filter({ hasText: /Сохранено в/ })).toBeVisible()
    await expect(page.getByText('Группы аудитории в сумме дают')).toHaveCount(0)
  })
})
