import path from 'node:path'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { readMailbox, type Mail } from '../tests/helpers/mailbox'
import { apiToken, signInToPortal } from './helpers'

const mailbox = path.join(process.env.E2E_RUN_DIR ?? '.test-runs/e2e', 'mail')

const waitForMail = async (to: string, match: RegExp): Promise<Mail> => {
  for (let i = 0; i < 60; i++) {
    const found = (await readMailbox(mailbox)).find((mail) => mail.to.includes(to) && match.test(mail.text))
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`No mail to ${to} matching ${match}`)
}

const me = async (request: APIRequestContext, token: string) =>
  (
    (await (await request.get('/api/users/me', { headers: { Authorization: `JWT ${token}` } })).json()) as {
      user: { email: string } | null
    }
  ).user

/** An account of its own for each test: the demo accounts stay as the other specs expect them. */
const newAccount = async (request: APIRequestContext, role: 'editor' | 'embassy', tag: string) => {
  const admin = await apiToken(request, 'admin@example.org')
  const headers = { Authorization: `JWT ${admin}` }
  const embassy =
    role === 'embassy'
      ? (
          (await (
            await request.get('/api/embassies?where[country][equals]=US&depth=0', { headers })
          ).json()) as {
            docs: { id: number }[]
          }
        ).docs[0].id
      : undefined
  const email = `reset-${tag}-${Date.now()}@example.org`
  const password = 'the first password'
  const created = await request.post('/api/users', {
    headers,
    data: { email, password, name: `Reset ${tag}`, role, embassy, language: 'en' },
  })
  expect(created.status()).toBe(201)
  const login = await request.post('/api/users/login', { data: { email, password } })
  return { email, password, token: ((await login.json()) as { token: string }).token }
}

test.describe('the write path under sign-in traffic', () => {
  test('an anonymous forgot-password answers at once and holds up no save', async ({ request }) => {
    const editor = await apiToken(request, 'editor@example.org')
    const film = (
      (await (await request.get('/api/films?limit=1&depth=0')).json()) as { docs: { id: number }[] }
    ).docs[0]
    const started = Date.now()
    const [forgot, save] = await Promise.all([
      request.post('/api/users/forgot-password', { data: { email: 'brussels@example.org' } }),
      request.patch(`/api/films/${film.id}?depth=0`, {
        headers: { Authorization: `JWT ${editor}` },
        data: { originalTitle: `Saved beside a password reset ${started}` },
      }),
    ])
    const took = Date.now() - started
    expect(forgot.status()).toBe(200)
    expect(save.status()).toBe(200)
    // It used to take the queue's full 30 s and answer 500, holding every save meanwhile.
    expect(took).toBeLessThan(15_000)
  })

  test('signing out over REST ends the session at once', async ({ request }) => {
    const account = await newAccount(request, 'editor', 'rest-logout')
    expect((await me(request, account.token))?.email).toBe(account.email)
    const logout = await request.post('/api/users/logout', {
      headers: { Authorization: `JWT ${account.token}` },
    })
    expect(logout.status()).toBe(200)
    expect(await me(request, account.token)).toBeNull()
  })

  test('signing out of /admin ends the session at once', async ({ page, request }) => {
    const account = await newAccount(request, 'editor', 'admin-logout')
    await page.goto('/admin/login')
    await page.locator('#field-email').fill(account.email)
    await page.locator('#field-password').fill(account.password)
    await page.locator('button[type="submit"]').click()
    await expect(page).toHaveURL(/\/admin\/?$/)
    const cookie = (await page.context().cookies()).find((c) => c.name === 'payload-token')
    expect(cookie).toBeTruthy()
    await page.goto('/admin/logout')
    await expect(page).toHaveURL(/\/admin\/login/)
    expect(await me(request, cookie!.value)).toBeNull()
  })
})

test.describe('password reset', () => {
  test('embassy staff reset their password in the portal; old sessions end', async ({ page, request }) => {
    const account = await newAccount(request, 'embassy', 'portal')
    await page.goto('/portal/sign-in')
    await page.getByRole('link', { name: 'Forgot your password?' }).click()
    // A client-side navigation: the sign-in form's Email field is there until the new page is.
    await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible()
    await page.getByLabel('Email').fill(account.email)
    await page.getByRole('button', { name: 'Send the link' }).click()
    await expect(page.locator('main [role=status]')).toContainText(
      'a link to set a new password is on its way',
    )

    const mail = await waitForMail(account.email, /\/portal\/reset-password\//)
    const link = /https?:\/\/\S+?(\/portal\/reset-password\/[A-Za-z0-9%]+)/.exec(mail.text)
    expect(link, mail.text).toBeTruthy()
    await page.goto(link![1])
    await page.getByLabel('New password', { exact: true }).fill('a brand new password')
    await page.getByLabel('The new password again').fill('not the same password')
    await page.getByRole('button', { name: 'Save the new password' }).click()
    await expect(page.locator('main [role=alert]')).toContainText('The two passwords are not the same.')

    await page.getByLabel('New password', { exact: true }).fill('a brand new password')
    await page.getByLabel('The new password again').fill('a brand new password')
    await page.getByRole('button', { name: 'Save the new password' }).click()
    await expect(page).toHaveURL(/\/portal\/sign-in\?reset=1/)
    await expect(page.locator('main [role=status]')).toContainText('Your password is changed')
    expect(await me(request, account.token)).toBeNull()

    await signInToPortal(page, account.email, 'a brand new password')
    await expect(page).toHaveURL(/\/portal\/?$/)

    // The link works once.
    await page.goto(link![1])
    await page.getByLabel('New password', { exact: true }).fill('yet another password')
    await page.getByLabel('The new password again').fill('yet another password')
    await page.getByRole('button', { name: 'Save the new password' }).click()
    await expect(page.locator('main [role=alert]')).toContainText('This link has expired or was already used')
  })

  test('ministry staff reset their password in the admin; old sessions end', async ({ page, request }) => {
    const account = await newAccount(request, 'editor', 'admin')
    const forgot = await request.post('/api/users/forgot-password', { data: { email: account.email } })
    expect(forgot.status()).toBe(200)
    const mail = await waitForMail(account.email, /\/admin\/reset\//)
    const link = /https?:\/\/\S+?(\/admin\/reset\/[A-Za-z0-9]+)/.exec(mail.text)
    expect(link, mail.text).toBeTruthy()
    await page.goto(link![1])
    await page.locator('#field-password').fill('a brand new password')
    await page.locator('#field-confirm-password').fill('a brand new password')
    await page.locator('button[type="submit"]').click()
    await expect(page).toHaveURL(/\/admin\/?$/)
    expect(await me(request, account.token)).toBeNull()
    const login = await request.post('/api/users/login', {
      data: { email: account.email, password: 'a brand new password' },
    })
    expect(login.status()).toBe(200)
    const old = await request.post('/api/users/login', {
      data: { email: account.email, password: account.password },
    })
    expect(old.status()).toBe(401)
  })
})
