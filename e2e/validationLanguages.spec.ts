// Validation messages in the user's language (issue 11): over REST by Accept-Language or by the
// signed-in user's working language, and in the portal by the form's language, nothing typed lost.
import { expect, request as requests, test, type APIRequestContext } from '@playwright/test'
import { ruleWords } from '../i18n/admin/ruleWords'
import { apiToken, bySlug, demoPassword, newPastEvent, signInToPortal } from './helpers'

type Answer = { errors?: { data?: { errors?: { path: string; message: string }[] } }[] }

const badLink = 'javascript:alert(1)'

/**
 * A token as a script holds it, without the session cookies a sign-in also sets: the sign-in sends
 * the user's admin language as a cookie (hooks/adminLanguageFromUser.ts), which a browser's admin
 * should follow over Accept-Language, but which would decide every later request of this context.
 */
const scriptToken = async (email: string) => {
  const signIn = await requests.newContext({ baseURL: test.info().project.use.baseURL })
  try {
    return await apiToken(signIn, email)
  } finally {
    await signIn.dispose()
  }
}

/** A film whose trailer link is no web address, posted by the editor with these headers. */
const postBadFilm = async (request: APIRequestContext, headers: Record<string, string>) => {
  const editor = await scriptToken('editor@example.org')
  const response = await request.post('/api/films', {
    headers: { Authorization: `JWT ${editor}`, ...headers },
    data: { title: 'Link test', trailerUrl: badLink },
  })
  expect(response.status()).toBe(400)
  return ((await response.json()) as Answer).errors?.[0]?.data?.errors ?? []
}

test.describe('REST answers a rule in the language asked for', () => {
  for (const language of ['kk', 'ru'] as const)
    test(`Accept-Language: ${language}`, async ({ request }) => {
      expect(await postBadFilm(request, { 'Accept-Language': `${language},en;q=0.5` })).toEqual([
        expect.objectContaining({
          path: 'trailerUrl',
          message: ruleWords[language].notWebAddress.replace('{{value}}', badLink),
        }),
      ])
    })

  test('a delete refused while others point at the film, in Russian', async ({ request }) => {
    const admin = await scriptToken('admin@example.org')
    const film = await bySlug(request, 'films', 'myn-bala')
    const response = await request.delete(`/api/films/${film.id}`, {
      headers: { Authorization: `JWT ${admin}`, 'Accept-Language': 'ru' },
    })
    expect(response.status()).toBe(409)
    const message = ((await response.json()) as { errors: { message: string }[] }).errors[0].message
    expect(message).toContain(ruleWords.ru.stillInUse.split(' ({{uses}})')[0])
    expect(message).toMatch(/Показы: \d+/)
  })

  test('GraphQL too, with the field’s label in Kazakh', async ({ request }) => {
    const editor = await scriptToken('editor@example.org')
    const response = await request.post('/api/graphql', {
      headers: { Authorization: `JWT ${editor}`, 'Accept-Language': 'kk' },
      data: { query: 'mutation { createFilm(data: { title: "GraphQL year", year: 1700 }) { id } }' },
    })
    const body = JSON.stringify(await response.json())
    expect(body).toContain('«Жылы»: 1895 мен')
  })

  test('a signed-in user’s working language when the request asks for none of ours', async ({ request }) => {
    // Brussels staff work in Russian; a report may not start as published.
    const clerk = await scriptToken('brussels@example.org')
    const event = await newPastEvent(request, { embassy: 'belgium', title: 'Rules in Russian over REST' })
    const clean = await requests.newContext({ baseURL: test.info().project.use.baseURL })
    const response = await clean.post('/api/reports', {
      headers: { Authorization: `JWT ${clerk}`, 'Accept-Language': 'de' },
      data: { title: 'Сразу опубликовать', event: event.id, status: 'published' },
    })
    expect(response.status()).toBe(400)
    const problems = ((await response.json()) as Answer).errors?.[0]?.data?.errors ?? []
    expect(problems).toContainEqual(
      expect.objectContaining({ path: 'status', message: ruleWords.ru.reportStartsAsDraft }),
    )
    await clean.dispose()
  })
})

/** A Kazakh-speaking clerk of the Brussels embassy, made by the admin over the API. */
const kazakhClerk = async (request: APIRequestContext) => {
  const admin = await apiToken(request, 'admin@example.org')
  const email = 'kk-clerk@example.org'
  const existing = await request.get(`/api/users?where[email][equals]=${email}`, {
    headers: { Authorization: `JWT ${admin}` },
  })
  if (((await existing.json()) as { docs: unknown[] }).docs.length) return email
  const belgium = await bySlug(request, 'embassies', 'belgium', admin)
  const created = await request.post('/api/users', {
    headers: { Authorization: `JWT ${admin}` },
    data: {
      email,
      password: demoPassword,
      name: 'Әсел Қазақ',
      role: 'embassy',
      embassy: belgium.id,
      language: 'kk',
    },
  })
  expect(created.status()).toBe(201)
  return email
}

const portalCases = [
  {
    language: 'ru' as const,
    email: async () => 'brussels@example.org',
    submit: 'Отправить в министерство',
    banner: 'Отчёт пока нельзя отправить',
    story: 'Отчёт',
    screenings: 'Показы в отчёте',
  },
  {
    language: 'kk' as const,
    email: kazakhClerk,
    submit: 'Министрлікке жіберу',
    banner: 'Есепті әзірге жіберу мүмкін емес',
    story: 'Есеп',
    screenings: 'Есептегі көрсетілімдер',
  },
]

for (const { language, email, submit, banner, story, screenings } of portalCases)
  test(`a ${language} clerk’s report that cannot be sent yet says why in ${language}, keeping what was typed`, async ({
    browser,
    request,
  }) => {
    const address = await email(request)
    const event = await newPastEvent(request, { embassy: 'belgium', title: `Portal rules in ${language}` })
    const page = await (await browser.newContext({ locale: 'en-GB' })).newPage()
    await page.goto('/portal')
    await signInToPortal(page, address)
    await expect(page).toHaveURL(/\/portal$/)
    const started = await page.request.post(`/portal/api/reports?locale=${language}`, {
      headers: { Origin: new URL(page.url()).origin },
      data: { event: event.id, title: `Отчёт ${language}` },
    })
    expect(started.status()).toBe(201)
    const { id } = (await started.json()) as { id: number }

    await page.goto(`/portal/reports/${id}`)
    const typed = 'Зал был полон, зрители остались на обсуждение.'
    await page.getByLabel(story, { exact: true }).fill(typed)
    await page.getByRole('button', { name: submit }).click()
    const alert = page.getByRole('alert').filter({ hasText: banner })
    await expect(alert).toBeVisible()
    await expect(alert).toContainText(
      ruleWords[language].requiredBeforeSending.replace('{{field}}', screenings),
    )
    await expect(alert).not.toContainText(/required|must be/)
    // The refusal changes nothing on screen: what the clerk typed is still there to fix and send.
    await expect(page.getByLabel(story, { exact: true })).toHaveValue(typed)
    // For a person to look at: the refusal as a wide and a phone screen show it.
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 })
      await alert.screenshot({ path: `test-results/validation-portal-${language}-${width}.png` })
    }
  })
