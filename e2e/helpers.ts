import { expect, type APIRequestContext, type Page } from '@playwright/test'

/** The demo accounts' password on the e2e server (see scripts/e2e-server.mjs). */
export const demoPassword = process.env.E2E_DEMO_PASSWORD ?? 'e2e-demo-password'

/** Sign in to /admin through the real login form. */
export const signInToAdmin = async (page: Page, email: string) => {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(demoPassword)
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

/**
 * Pick an option in one of the admin's select fields. Payload's form can redraw a field while it
 * hydrates or refreshes its form state, which closes a menu that was just opened; so open it again
 * until the option is there, then pick it.
 */
export const chooseInAdminSelect = async (
  page: Page,
  field: string,
  option: string | RegExp,
  { typed, exact = true }: { typed?: string; exact?: boolean } = {},
) => {
  const choice = page.getByRole('option', { name: option, exact }).first()
  await expect(async () => {
    if (!(await choice.isVisible())) {
      await page.locator(`#field-${field} .rs__control`).click()
      if (typed) {
        // Replace what an earlier try typed rather than add to it.
        await page.keyboard.press('ControlOrMeta+a')
        await page.keyboard.type(typed)
      }
    }
    await expect(choice).toBeVisible({ timeout: 3_000 })
  }).toPass({ timeout: 30_000 })
  await choice.click()
  await expect(page.locator(`#field-${field} .rs__menu`)).toHaveCount(0)
}

/**
 * Pick a document in a relationship field that opens its collection's list in a drawer (the event
 * pickers, fields/pickers.ts): open it, search the title, choose the row.
 */
export const chooseInAdminDrawer = async (page: Page, field: string, title: string) => {
  const drawer = page.locator('.list-drawer').last()
  await expect(async () => {
    if (!(await drawer.isVisible())) await page.locator(`#field-${field} .rs__control`).click()
    await expect(drawer).toBeVisible({ timeout: 3_000 })
  }).toPass({ timeout: 30_000 })
  await drawer.locator('.search-filter__input, input[type="text"]').first().fill(title)
  await drawer.getByText(title, { exact: true }).first().click()
  await expect(drawer).toBeHidden()
  await expect(page.locator(`#field-${field}`)).toContainText(title)
}

/** Sign in to the portal through its form (on the sign-in page already), as embassy staff do. */
export const signInToPortal = async (page: Page, email: string, password = demoPassword) => {
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

/** A REST token for a demo account, as an API client would get it. */
export const apiToken = async (request: APIRequestContext, email: string) => {
  const response = await request.post('/api/users/login', { data: { email, password: demoPassword } })
  expect(response.status()).toBe(200)
  return ((await response.json()) as { token: string }).token
}

/** The first document of a collection whose slug is given, read with the token's rights. */
export const bySlug = async (
  request: APIRequestContext,
  collection: string,
  slug: string,
  token?: string,
  extra = '',
) => {
  const response = await request.get(`/api/${collection}?where[slug][equals]=${slug}&depth=0${extra}`, {
    headers: token ? { Authorization: `JWT ${token}` } : {},
  })
  return ((await response.json()) as { docs: Record<string, any>[] }).docs[0]
}

/**
 * A past published event of an embassy, made by the ministry over the API: an embassy has one
 * report per event, so a test that starts a report needs an event of its own.
 */
export const newPastEvent = async (
  request: APIRequestContext,
  { embassy, title, screenings = [] }: { embassy: 'usa' | 'belgium'; title: string; screenings?: string[] },
) => {
  const headers = { Authorization: `JWT ${await apiToken(request, 'editor@example.org')}` }
  const place =
    embassy === 'usa'
      ? { timezone: 'America/New_York', country: 'US', city: 'Washington' }
      : { timezone: 'Europe/Brussels', country: 'BE', city: 'Brussels' }
  const organiser = await bySlug(request, 'embassies', embassy)
  // Films licensed for the embassy's country on those dates.
  const film = await bySlug(request, 'films', embassy === 'usa' ? 'road-to-mother' : 'myn-bala')
  const created = await request.post('/api/events', {
    headers,
    data: {
      title,
      type: 'embassy_screening',
      startsOn: '2026-11-05T12:00:00.000Z',
      endsOn: '2026-11-06T12:00:00.000Z',
      ...place,
      organisingEmbassy: organiser.id,
      films: [film.id],
      _status: 'published',
    },
  })
  expect(created.status()).toBe(201)
  const { doc } = await created.json()
  for (const startsAt of screenings) {
    const screening = await request.post('/api/screenings', {
      headers,
      data: { event: doc.id, film: film.id, startsAt, venue: { name: 'Gaston Hall' } },
    })
    expect(screening.status()).toBe(201)
  }
  return { id: doc.id as number | string, title: doc.title as string, slug: doc.slug as string }
}
