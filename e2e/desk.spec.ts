import { expect, test, type APIRequestContext, type Page, type TestInfo } from '@playwright/test'
import {
  apiToken,
  chooseInAdminDrawer,
  chooseInAdminSelect,
  demoPassword,
  newPastEvent,
  signInToAdmin,
  signInToPortal,
} from './helpers'

/** A ministry editor of their own whose working language is `language`, made by the administrator. */
const newEditor = async (request: APIRequestContext, language: 'kk' | 'ru' | 'en', name: string) => {
  const email = `${language}-editor-${Date.now()}@example.org`
  const created = await request.post('/api/users', {
    headers: { Authorization: `JWT ${await apiToken(request, 'admin@example.org')}` },
    data: { email, password: demoPassword, name, role: 'editor', language },
  })
  expect(created.status()).toBe(201)
  return email
}

/** The page at a desktop's and a phone's width, kept beside the test's results for a person to look at. */
const screenshots = async (page: Page, testInfo: TestInfo, name: string) => {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: width === 360 ? 780 : 900 })
    await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true })
  }
  await page.setViewportSize({ width: 1280, height: 900 })
}

const waitingReport = 'Road to Mother honoured at the WeLink festival in New York'

test('the editor’s first screen lists the report waiting for review and opens the list behind it', async ({
  page,
}, testInfo) => {
  await signInToAdmin(page, 'editor@example.org')
  const desk = page.locator('.desk')
  await expect(desk.getByRole('heading', { level: 1, name: 'Needs attention' })).toBeVisible()
  const waiting = desk.locator('[data-desk="waiting"]')
  await expect(waiting.getByRole('link', { name: waitingReport })).toBeVisible()
  await expect(waiting).toContainText(/waiting \d+ d/)
  await screenshots(page, testInfo, 'desk-en')

  await waiting.getByRole('link', { name: /Reports waiting for review/ }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/reports\?.*where/)
  const rows = page.locator('.table tbody tr')
  await expect(rows.filter({ hasText: waitingReport })).toHaveCount(1)
  // Only submitted reports: the seeded published ones are filtered out.
  await expect(rows.filter({ hasText: 'Published' })).toHaveCount(0)
})

test('the events of this month and next open as a list filtered to those dates', async ({ page }) => {
  await signInToAdmin(page, 'editor@example.org')
  const coming = page.locator('[data-desk="coming"]')
  const first = coming.locator('li a').first()
  const title = (await first.textContent())!.trim()
  await coming.getByRole('link', { name: /Events this month and next/ }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/events\?.*startsOn/)
  await expect(page.locator('.table tbody tr').filter({ hasText: title })).toHaveCount(1)
})

test('every item on the desk links to a filtered admin list or to its document', async ({ page }) => {
  await signInToAdmin(page, 'editor@example.org')
  const hrefs = await page.locator('.desk a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
  expect(hrefs.length).toBeGreaterThan(0)
  for (const href of hrefs)
    expect(href).toMatch(/^\/admin\/collections\/(reports|events|films)(\/\w+|\?.*where)/)
})

test('the desk and the ministry’s name are in Kazakh for an editor who works in Kazakh', async ({
  browser,
  request,
}, testInfo) => {
  const email = await newEditor(request, 'kk', 'Дана Әбенова')
  const page = await (await browser.newContext({ locale: 'kk-KZ' })).newPage()
  await page.goto('/admin/login')
  await expect(page.getByText('Қазақ киносы әлемде')).toBeVisible()
  await expect(page).toHaveTitle(/Kazakh Cinema Abroad/)
  await signInToAdmin(page, email)
  await expect(page.getByRole('heading', { level: 1, name: 'Назар аударуды қажет етеді' })).toBeVisible()
  await expect(page.locator('[data-desk="waiting"]')).toContainText('Тексеруді күтіп тұрған есептер')
  await screenshots(page, testInfo, 'desk-kk')
})

test('an editor reviews a report by its actions: request changes with a comment, then approve and publish', async ({
  browser,
  page,
  request,
}) => {
  const fresh = await newPastEvent(request, {
    embassy: 'belgium',
    title: 'Reviewed by actions evening',
    screenings: ['2026-11-05T18:00:00.000Z'],
  })
  const brussels = { Authorization: `JWT ${await apiToken(request, 'brussels@example.org')}` }
  const screenings = await (
    await request.get(`/api/screenings?where[event][equals]=${fresh.id}&depth=0`, { headers: brussels })
  ).json()
  const sent = await request.post('/api/reports', {
    headers: brussels,
    data: {
      title: 'Reviewed by actions',
      event: fresh.id,
      status: 'submitted',
      writtenIn: 'en',
      screenings: [{ screening: screenings.docs[0].id, attendance: 55 }],
    },
  })
  expect(sent.status()).toBe(201)
  const { doc } = await sent.json()

  await signInToAdmin(page, 'editor@example.org')
  await page.goto(`/admin/collections/reports/${doc.id}`)
  const actions = page.locator('.report-actions')
  await expect(actions.locator('[data-report-status]')).toHaveText('Submitted')
  // No select offering every status: only the next steps, and no request without a comment.
  // A disabled button carries its reason as Payload's tooltip inside it.
  await expect(actions.getByRole('button')).toHaveText([/Request changes$/, 'Approve'])
  await expect(actions.getByRole('button', { name: 'Request changes' })).toBeDisabled()
  await page.locator('#field-statusComment').fill('Add the audience breakdown, please.')
  await actions.getByRole('button', { name: 'Request changes' }).click()
  await expect(actions.locator('[data-report-status]')).toHaveText('Changes requested')
  await expect(actions.getByRole('button')).toHaveCount(0)

  // The clerk sends it again from the portal while the editor still has it open in the admin. The
  // admin holds Payload's document lock, which REST honours (423 to anyone else); the portal is the
  // embassy's way in and must not be turned away by an editor who is only reading.
  const clerk = await (await browser.newContext()).newPage()
  await clerk.goto('/portal/sign-in')
  await signInToPortal(clerk, 'brussels@example.org')
  await expect(clerk).toHaveURL(/\/portal$/)
  const resent = await clerk.request.post(`/portal/api/reports/${doc.id}/submit?locale=en`, {
    headers: { Origin: new URL(clerk.url()).origin },
    data: { comment: 'Breakdown added.' },
  })
  expect(resent.status()).toBe(200)
  expect((await resent.json()).status).toBe('submitted')
  await clerk.context().close()
  await page.reload()
  await actions.getByRole('button', { name: 'Approve' }).click()
  await expect(actions.locator('[data-report-status]')).toHaveText('Approved')
  await actions.getByRole('button', { name: 'Publish' }).click()
  await expect(actions.locator('[data-report-status]')).toHaveText('Published')
  await expect(actions.getByRole('link', { name: 'Open the public page' })).toHaveAttribute(
    'href',
    /^\/en\/reports\/[\w-]+$/,
  )
})

test('a screening added from the event’s edit view belongs to that event and takes one of its venues', async ({
  page,
  request,
}) => {
  const fresh = await newPastEvent(request, { embassy: 'usa', title: 'Programme built in place' })
  const editor = { Authorization: `JWT ${await apiToken(request, 'editor@example.org')}` }
  const venues = await request.patch(`/api/events/${fresh.id}?locale=en`, {
    headers: editor,
    data: {
      venues: [
        { name: 'Gaston Hall', address: '37th and O St NW', city: 'Washington' },
        { name: 'Kennedy Center', address: '2700 F St NW', city: 'Washington' },
      ],
    },
  })
  expect(venues.status()).toBe(200)
  await signInToAdmin(page, 'editor@example.org')
  await page.goto(`/admin/collections/events/${fresh.id}`)
  // Payload draws its tabs as buttons.
  await page.getByRole('button', { name: 'Screenings', exact: true }).click()
  const join = page.locator('#field-screenings')
  await join
    .getByRole('button', { name: /Add new|Create new/ })
    .first()
    .click()
  const drawer = page.locator('dialog, .drawer__content').last()
  // The event is already set in the new screening.
  await expect(drawer.locator('#field-event')).toContainText('Programme built in place')
  await expect(drawer.locator('#field-film')).toBeVisible()
  // The venue is one choice among the event's, not typed again.
  await drawer.locator('#venue-from-event').selectOption({ label: 'Kennedy Center, Washington' })
  await expect(drawer.locator('#field-venue__name')).toHaveValue('Kennedy Center')
  await expect(drawer.locator('#field-venue__address')).toHaveValue('2700 F St NW')
})

test('a screening’s pickers: the event from a drawer of days and status, then whether each film is licensed there and then', async ({
  page,
  request,
}, testInfo) => {
  const title = `Licence check evening ${Date.now()}`
  await newPastEvent(request, { embassy: 'belgium', title })
  await signInToAdmin(page, 'editor@example.org')
  await page.goto('/admin/collections/screenings/create?locale=en')

  // The drawer lists the events with their first day and status, the way the events list does.
  await page.locator('#field-event .rs__control').click()
  const drawer = page.locator('.list-drawer').last()
  await expect(drawer).toBeVisible()
  await expect(drawer.locator('thead')).toContainText('First day')
  await expect(drawer.locator('thead')).toContainText('Status')
  await page.screenshot({ path: testInfo.outputPath('event-drawer-1280.png') })
  await page.keyboard.press('Escape')
  await chooseInAdminDrawer(page, 'event', title)
  const chosen = page.locator('.chosen-event')
  await expect(chosen).toHaveText(/^5\s*–\s*6 November 2026 · Brussels, Belgium · published on the site$/)

  // Licensed only in France until June 2026: a screening here is refused, and said so before saving.
  await chooseInAdminSelect(page, 'film', /The Projectionist/, { typed: 'Projectionist', exact: false })
  const note = page.locator('.film-licence-note li')
  await expect(note).toHaveAttribute('data-licensed', 'no')
  await expect(note).toContainText(/has no licence for Belgium on any day of 5\s*–\s*6 November 2026/)

  await chooseInAdminSelect(page, 'film', /Myn Bala/i, { typed: 'Myn Bala', exact: false })
  await expect(note).toHaveAttribute('data-licensed', 'yes')
  await expect(note).toContainText(
    /is licensed for Belgium on every day of the event, 5\s*–\s*6 November 2026/,
  )
  const time = page.locator('#field-startsAt input').first()
  await time.fill('5 Nov 2026, 19:00')
  await time.press('Enter')
  // Licensed worldwide without an end date: the day is named, no end.
  await expect(note).toHaveText(
    '✓ “Myn Bala: Warriors of the Steppe” is licensed for Belgium on 5 November 2026.',
  )
  await screenshots(page, testInfo, 'screening-pickers')
})

test('an event’s films say whether each is licensed for its country over its days, in the editor’s language', async ({
  browser,
  request,
}, testInfo) => {
  const fresh = await newPastEvent(request, { embassy: 'belgium', title: `Films checked ${Date.now()}` })
  const editor = { Authorization: `JWT ${await apiToken(request, 'editor@example.org')}` }
  const kinomekhanik = (
    await (
      await request.get('/api/films?where[slug][equals]=kinomekhanik&depth=0', { headers: editor })
    ).json()
  ).docs[0]
  const event = await (await request.get(`/api/events/${fresh.id}?depth=0`, { headers: editor })).json()
  // Saved as a draft: an event's film list is a plan, and only its screenings are refused unlicensed.
  const planned = await request.patch(`/api/events/${fresh.id}?draft=true`, {
    headers: editor,
    data: { films: [...event.films, kinomekhanik.id] },
  })
  expect(planned.status()).toBe(200)
  const email = await newEditor(request, 'ru', 'Ирина Ким')
  const page = await (await browser.newContext({ locale: 'ru-RU' })).newPage()
  await signInToAdmin(page, email)
  await page.goto(`/admin/collections/events/${fresh.id}`)
  await page.getByRole('button', { name: 'Содержание', exact: true }).click()
  const notes = page.locator('.film-licence-note li')
  await expect(notes).toHaveCount(2)
  const licensed = page.locator(`.film-licence-note [data-film="${event.films[0]}"]`)
  await expect(licensed).toHaveAttribute('data-licensed', 'yes')
  await expect(licensed).toContainText(
    /есть лицензия на все дни мероприятия \(5\s*–\s*6 ноября 2026 г\.\) на территории: Бельгия\./,
  )
  const refused = page.locator(`.film-licence-note [data-film="${kinomekhanik.id}"]`)
  await expect(refused).toHaveAttribute('data-licensed', 'no')
  await expect(refused).toContainText(
    /нет лицензии ни на один день мероприятия \(5\s*–\s*6 ноября 2026 г\.\) на территории: Бельгия\./,
  )
  await screenshots(page, testInfo, 'event-films-licence-ru')
  await page.context().close()
})
