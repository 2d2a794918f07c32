import path from 'node:path'
import { expect, test, type APIRequestContext, type Browser } from '@playwright/test'
import { extractID } from '../lib/extractID'
import { jpeg } from '../tests/helpers/image'
import { readMailbox, type Mail } from '../tests/helpers/mailbox'
import { apiToken, bySlug, newPastEvent, signInToAdmin, signInToPortal } from './helpers'

const mailbox = path.join(process.env.E2E_RUN_DIR ?? '.test-runs/e2e', 'mail')

/** Mail arrives through the job queue within seconds; wait for the message that matches. */
const waitForMail = async (to: string, subject: string): Promise<Mail> => {
  for (let i = 0; i < 60; i++) {
    const found = (await readMailbox(mailbox)).find(
      (mail) => mail.to.includes(to) && mail.subject === subject,
    )
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`No mail to ${to} with subject “${subject}”`)
}

const freshPage = async (browser: Browser) => (await browser.newContext({ locale: 'en-GB' })).newPage()

const reportTitle = 'Kazakh cinema evening at Georgetown: a full hall for Road to Mother'
let editor: string
let usaEvent: { id: number | string; title: string }
let reportID = ''

/** A past evening of the Washington embassy with two screenings, made by the ministry over the API. */
const createEvent = async (request: APIRequestContext) => {
  editor = await apiToken(request, 'editor@example.org')
  usaEvent = await newPastEvent(request, {
    embassy: 'usa',
    title: 'Kazakh cinema evening at Georgetown',
    screenings: ['2026-11-05T23:30:00.000Z', '2026-11-06T23:30:00.000Z'],
  })
}

test.describe.serial('an embassy report, from the first word to the public page', () => {
  test.beforeAll(async ({ request }) => createEvent(request))

  test('embassy staff sign in, write a report with a photo, find the draft after a reload, and send it', async ({
    browser,
  }) => {
    const page = await freshPage(browser)
    await page.goto('/portal')
    await expect(page).toHaveURL(/\/portal\/sign-in/)
    await signInToPortal(page, 'washington@example.org')
    await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible()

    await page.getByRole('link', { name: 'New report' }).click()
    await page.getByLabel('Event', { exact: true }).selectOption({ label: usaEvent.title })
    await page.getByLabel('Title of the report').fill(reportTitle)
    await page.getByRole('button', { name: 'Start the report' }).click()
    await expect(page).toHaveURL(/\/portal\/reports\/(?!new)\w+$/)
    reportID = page.url().split('/').pop()!

    const screenings = page.locator('li', { has: page.getByRole('checkbox') })
    await screenings.nth(0).getByRole('checkbox').check()
    await screenings.nth(0).getByLabel('Attendance').fill('240')
    await page.getByRole('button', { name: '+ Add a partner' }).click()
    await page.getByLabel('Partner', { exact: true }).fill('Georgetown University Film Society')
    await expect(page.getByRole('status').filter({ hasText: /Saved at/ })).toBeVisible()

    // A reload mid-way: everything typed so far is there.
    await page.reload()
    await expect(page.getByLabel('Title of the report')).toHaveValue(reportTitle)
    await expect(
      page
        .locator('li', { has: page.getByRole('checkbox') })
        .nth(0)
        .getByLabel('Attendance'),
    ).toHaveValue('240')
    await expect(page.getByLabel('Partner', { exact: true })).toHaveValue(
      'Georgetown University Film Society',
    )

    await page
      .getByLabel('Photo', { exact: true })
      .setInputFiles({ name: 'gaston-hall.jpg', mimeType: 'image/jpeg', buffer: await jpeg(800, 500) })
    await page
      .getByLabel('What the photo shows (for readers who cannot see it)')
      .fill('A full Gaston Hall before the screening of Road to Mother')
    await page.getByLabel('Credit').fill('Embassy of Kazakhstan in the USA')
    await page.getByRole('button', { name: 'Upload the photo' }).click()
    const photo = page.getByRole('img', { name: 'A full Gaston Hall before the screening of Road to Mother' })
    await expect(photo).toBeVisible()
    expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)

    await page
      .getByLabel('The report', { exact: true })
      .fill(
        'Students, diplomats and the diaspora filled Gaston Hall.\n\nThe discussion after the film went on for an hour.',
      )
    await expect(page.getByRole('status').filter({ hasText: /Saved at/ })).toBeVisible()

    await page.getByRole('button', { name: 'Send to the ministry' }).click()
    await expect(page.getByText('Sent to the ministry').first()).toBeVisible()
    await expect(page.getByText('The report is with the ministry.')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Send to the ministry' })).toHaveCount(0)

    const mail = await waitForMail('editor@example.org', `Report to review: ${reportTitle}`)
    expect(mail.text).toContain(`/admin/collections/reports/${reportID}`)
  })

  test('an editor finds it in the review queue and asks for changes with a comment', async ({ page }) => {
    await signInToAdmin(page, 'editor@example.org')
    await page.goto('/admin/review')
    const row = page.locator(`tr[data-report-id="${reportID}"]`)
    // Names follow the admin's content language, which an earlier test may have switched.
    await expect(row).toContainText(/USA|США|АҚШ/)
    await row.getByRole('link', { name: reportTitle }).click()
    await expect(page).toHaveURL(new RegExp(`/admin/collections/reports/${reportID}`))
    // The review's next steps are buttons (components/admin/ReportActions.tsx); a request for changes
    // needs its comment first.
    const actions = page.locator('.report-actions')
    await page.locator('#field-statusComment').fill('Please add the guests who spoke after the film.')
    await actions.getByRole('button', { name: 'Request changes' }).click()
    await expect(actions.locator('[data-report-status]')).toHaveText('Changes requested')

    const mail = await waitForMail('washington@example.org', `Changes requested: ${reportTitle}`)
    expect(mail.text).toContain('Please add the guests who spoke after the film.')
    expect(mail.text).toContain(`/portal/reports/${reportID}`)
  })

  test('the embassy sees the comment, fixes the report and sends it again', async ({ browser }) => {
    const page = await freshPage(browser)
    await page.goto('/portal')
    await signInToPortal(page, 'washington@example.org')
    const asked = page.getByRole('region', { name: 'The ministry asked for changes' })
    await expect(asked).toContainText('Please add the guests who spoke after the film.')
    await asked.getByRole('link', { name: reportTitle }).click()
    await expect(page.getByRole('region', { name: 'What the ministry asked' })).toContainText(
      'Please add the guests',
    )

    await page.getByRole('button', { name: '+ Add a guest' }).click()
    await page.getByLabel('Guest', { exact: true }).fill('Aliya Anuarbek')
    await page.getByLabel('Who they are').fill('Lead actress, Q&A after the film')
    await expect(page.getByRole('status').filter({ hasText: /Saved at/ })).toBeVisible()
    await page.getByRole('button', { name: 'Send again to the ministry' }).click()
    await expect(page.getByText('The report is with the ministry.')).toBeVisible()
    await expect(page.getByRole('region', { name: 'History' })).toContainText(
      'Please add the guests who spoke after the film.',
    )
  })

  test('the editor approves and publishes it; the public page shows it and the embassy is told', async ({
    page,
    request,
  }) => {
    await signInToAdmin(page, 'editor@example.org')
    await page.goto(`/admin/collections/reports/${reportID}`)
    const actions = page.locator('.report-actions')
    for (const [step, status] of [
      ['Approve', 'Approved'],
      ['Publish', 'Published'],
    ]) {
      await actions.getByRole('button', { name: step, exact: true }).click()
      await expect(actions.locator('[data-report-status]')).toHaveText(status)
    }
    const report = await (
      await request.get(`/api/reports/${reportID}?depth=0`, { headers: { Authorization: `JWT ${editor}` } })
    ).json()
    expect(report.status).toBe('published')

    const publicPage = await page.context().browser()!.newPage()
    await publicPage.goto(`/en/reports/${report.slug}`)
    await expect(publicPage.getByRole('heading', { level: 1 })).toHaveText(reportTitle)
    await expect(publicPage.getByText('The discussion after the film went on for an hour.')).toBeVisible()
    await expect(
      publicPage.getByRole('img', { name: 'A full Gaston Hall before the screening of Road to Mother' }),
    ).toBeVisible()

    const mail = await waitForMail('washington@example.org', `Published: ${reportTitle}`)
    expect(mail.text).toContain(`/en/reports/${report.slug}`)
    // The attendance the embassy gave is now the screening's own record.
    const screenings = await (
      await request.get(`/api/screenings?where[event][equals]=${usaEvent.id}&sort=startsAt&depth=0`)
    ).json()
    expect(screenings.docs[0]).toMatchObject({ status: 'held', attendance: 240 })
  })

  test('a closed tab or an ended session loses nothing: the draft comes back after signing in again', async ({
    browser,
    request,
  }) => {
    // One report per embassy and event: the Georgetown evening has one already.
    const event = await newPastEvent(request, { embassy: 'usa', title: 'A second evening at Georgetown' })
    const page = await freshPage(browser)
    await page.goto('/portal')
    await signInToPortal(page, 'washington@example.org')
    await expect(page).toHaveURL(/\/portal$/)
    await page.goto('/portal/reports/new')
    await page.getByLabel('Event', { exact: true }).selectOption({ label: event.title })
    await page.getByLabel('Title of the report').fill('A second look at the Georgetown evening')
    await page.getByRole('button', { name: 'Start the report' }).click()
    await expect(page).toHaveURL(/\/portal\/reports\/(?!new)\w+$/)

    // The session ends (expired, or signed out in another tab) while the embassy is typing.
    await page.context().clearCookies()
    await page.getByLabel('The report', { exact: true }).fill('Written while the session had already ended.')
    await expect(page.getByRole('alert').filter({ hasText: 'Your session has ended' })).toBeVisible()
    await page.getByRole('link', { name: 'Sign in again' }).click()
    await signInToPortal(page, 'washington@example.org')
    await expect(page.getByText('restored from this device')).toBeVisible()
    await expect(page.getByLabel('The report', { exact: true })).toHaveValue(
      'Written while the session had already ended.',
    )
    await expect(page.getByRole('status').filter({ hasText: /Saved at/ })).toBeVisible()
    await page.reload()
    await expect(page.getByLabel('The report', { exact: true })).toHaveValue(
      'Written while the session had already ended.',
    )
  })
})

test.describe('what an embassy cannot do', () => {
  test('another embassy’s report is not there, by address or over the portal’s API', async ({
    browser,
    request,
  }) => {
    const usaReport = await bySlug(
      request,
      'reports',
      'welink-film-festival-new-york-2026-report',
      await apiToken(request, 'editor@example.org'),
    )
    const page = await freshPage(browser)
    await page.goto('/portal')
    await signInToPortal(page, 'brussels@example.org')
    await expect(page).toHaveURL(/\/portal$/)

    const response = await page.goto(`/portal/reports/${usaReport.id}`)
    expect(response?.status()).toBe(404)
    const api = page.request
    const origin = { Origin: new URL(page.url()).origin }
    expect((await api.get(`/portal/api/reports/${usaReport.id}`)).status()).toBe(404)
    expect(
      (
        await api.patch(`/portal/api/reports/${usaReport.id}`, {
          headers: origin,
          data: { form: { title: 'Taken over' } },
        })
      ).status(),
    ).toBe(404)
    expect(
      (await api.post(`/portal/api/reports/${usaReport.id}/submit`, { headers: origin, data: {} })).status(),
    ).toBe(404)
    expect((await api.get(`/portal/photos/${extractID(usaReport.photos?.[0]) ?? 999999}`)).status()).toBe(404)
  })

  test('cannot start a report on another embassy’s event, nor publish its own', async ({
    browser,
    request,
  }) => {
    const page = await freshPage(browser)
    await page.goto('/portal')
    await signInToPortal(page, 'brussels@example.org')
    await expect(page).toHaveURL(/\/portal$/)
    const origin = { Origin: new URL(page.url()).origin }
    const foreign = await page.request.post('/portal/api/reports?locale=en', {
      headers: origin,
      data: {
        event: usaEvent?.id ?? (await bySlug(request, 'events', 'road-to-mother-at-the-un-2026')).id,
        title: 'Not ours',
      },
    })
    expect(foreign.status()).toBe(400)
    expect((await foreign.json()).errors.map((error: { path: string }) => error.path)).toContain('event')

    const brussels = await newPastEvent(request, { embassy: 'belgium', title: 'Brussels film club' })
    const own = await page.request.post('/portal/api/reports?locale=en', {
      headers: origin,
      data: { event: brussels.id, title: 'A second Brussels report' },
    })
    expect(own.status()).toBe(201)
    const { id } = await own.json()
    // The form cannot carry a status: the field is not the form's.
    const sneaky = await page.request.patch(`/portal/api/reports/${id}?locale=en`, {
      headers: origin,
      data: { form: { title: 'A second Brussels report', status: 'published' } },
    })
    expect(sneaky.status()).toBe(200)
    expect((await sneaky.json()).status).toBe('draft')
    // Nor can Payload's own API publish it for them.
    const token = await apiToken(request, 'brussels@example.org')
    const direct = await request.patch(`/api/reports/${id}`, {
      headers: { Authorization: `JWT ${token}` },
      data: { status: 'published' },
    })
    expect(direct.status()).toBe(400)
    expect(JSON.stringify(await direct.json())).toContain('"path":"status"')
    const after = await (
      await request.get(`/api/reports/${id}?depth=0`, { headers: { Authorization: `JWT ${token}` } })
    ).json()
    expect(after.status).toBe('draft')
  })

  test('a write from another site is refused', async ({ browser }) => {
    const page = await freshPage(browser)
    await page.goto('/portal')
    await signInToPortal(page, 'brussels@example.org')
    await expect(page).toHaveURL(/\/portal$/)
    const response = await page.request.post('/portal/api/reports?locale=en', {
      headers: { Origin: 'https://attacker.example' },
      data: { event: 1, title: 'Forged' },
    })
    expect(response.status()).toBe(403)
  })
})

test.describe('signing in and out', () => {
  test('signing out ends the session; the portal asks to sign in again', async ({ browser }) => {
    const page = await freshPage(browser)
    await page.goto('/portal')
    await signInToPortal(page, 'brussels@example.org')
    await expect(page).toHaveURL(/\/portal$/)
    await page.getByRole('button', { name: /Sign out|Выйти/ }).click()
    await expect(page).toHaveURL(/\/portal\/sign-in/)
    await page.goto('/portal')
    await expect(page).toHaveURL(/\/portal\/sign-in/)
    // On the record, beside the sign-in.
    const admin = await apiToken(page.request, 'admin@example.org')
    const log = await (
      await page.request.get(
        '/api/audit-log?where[action][in]=sign_in,sign_out&sort=-createdAt&limit=20&depth=1',
        { headers: { Authorization: `JWT ${admin}` } },
      )
    ).json()
    const brussels = log.docs
      .filter((entry: { user?: { email?: string } }) => entry.user?.email === 'brussels@example.org')
      .map((entry: { action: string }) => entry.action)
    expect(brussels.slice(0, 2)).toEqual(['sign_out', 'sign_in'])
  })

  test('ministry staff are pointed to the CMS', async ({ browser }) => {
    const page = await freshPage(browser)
    await page.goto('/portal')
    await signInToPortal(page, 'editor@example.org')
    await expect(page.getByRole('heading', { name: 'This portal is for embassy staff' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Open the CMS' })).toHaveAttribute('href', '/admin')
  })

  test('a disabled account is told so', async ({ browser, request }) => {
    const admin = await apiToken(request, 'admin@example.org')
    const usa = await bySlug(request, 'embassies', 'usa')
    const created = await request.post('/api/users', {
      headers: { Authorization: `JWT ${admin}` },
      data: {
        email: 'former.attache@example.org',
        password: 'a long enough password',
        name: 'Former attaché',
        role: 'embassy',
        embassy: usa.id,
        disabled: true,
      },
    })
    expect(created.status()).toBe(201)
    const page = await freshPage(browser)
    await page.goto('/portal/sign-in')
    await signInToPortal(page, 'former.attache@example.org', 'a long enough password')
    await expect(page.locator('p[role="alert"]')).toHaveText(
      'This account has been disabled. Ask the ministry’s administrator to enable it again.',
    )
  })

  test('a stranger’s wrong passwords are slowed down but lock nobody out: the owner’s browser signs in at once', async ({
    browser,
    request,
  }) => {
    const admin = await apiToken(request, 'admin@example.org')
    const usa = await bySlug(request, 'embassies', 'usa')
    const email = 'lockout.test@example.org'
    await request.post('/api/users', {
      headers: { Authorization: `JWT ${admin}` },
      data: {
        email,
        password: 'the right password',
        name: 'Lockout test',
        role: 'embassy',
        embassy: usa.id,
        language: 'en',
      },
    })
    // The owner signed in on this browser before, and signed out: it stays known for the account.
    const owner = await freshPage(browser)
    await owner.goto('/portal/sign-in')
    await signInToPortal(owner, email, 'the right password')
    await expect(owner.getByRole('heading', { name: 'Overview' })).toBeVisible()
    const device = (await owner.context().cookies()).find((cookie) => cookie.name === 'film-diplomacy-device')
    expect(device?.httpOnly).toBe(true)
    await owner.context().clearCookies({ name: /session-token/ })

    const page = await freshPage(browser)
    await page.goto('/portal/sign-in')
    /** One try through the form; the answer the page shows. */
    const answer = page.locator('p[role="alert"]')
    const attempt = async (address: string, password: string) => {
      const before = (await answer.count()) ? await answer.getAttribute('data-answered-at') : null
      await signInToPortal(page, address, password)
      await expect(answer).not.toHaveAttribute('data-answered-at', before ?? '')
      return (await answer.textContent()) ?? ''
    }
    const wrong = 'The email or password is not right. Check both and try again.'
    // An email no account has gets the same answer as a wrong password.
    expect(await attempt('nobody.here@example.org', 'a guess')).toBe(wrong)
    let failures = 0
    let throttled = false
    while (failures < 10) {
      const message = await attempt(email, `wrong password ${failures}`)
      const wait = /Wait (\d+) seconds?/.exec(message)
      if (wait) {
        throttled = true
        await page.waitForTimeout(Number(wait[1]) * 1000 + 100)
        continue
      }
      failures++
      expect(message).toBe(wrong)
    }
    expect(throttled).toBe(true)
    // The stranger's browser waits, even with the right password; nothing is locked.
    const stranger = await attempt(email, 'the right password')
    expect(stranger).toMatch(/^Too many failed sign-ins\. Wait \d+ seconds? before trying again\.$/)
    // The owner's browser is not held up by the stranger.
    await owner.goto('/portal/sign-in')
    await signInToPortal(owner, email, 'the right password')
    await expect(owner.getByRole('heading', { name: 'Overview' })).toBeVisible()
  })
})
