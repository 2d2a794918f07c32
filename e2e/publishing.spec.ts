import path from 'node:path'
import { createClient } from '@libsql/client'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { apiToken, bySlug, chooseInAdminDrawer, chooseInAdminSelect, signInToAdmin } from './helpers'

// Publishing shows on the public site within seconds, whichever way it happens: the Publish button,
// the REST API, or Payload's scheduled publishing run by the job queue (every 2 s on this server).

const database = path.join(process.env.E2E_RUN_DIR ?? '.test-runs/e2e', 'cms.db')
let token: string

/** A draft event of the Belgian embassy, made over the API; its public page is a 404 until published. */
const draftEvent = async (request: APIRequestContext, title: string) => {
  const belgium = await bySlug(request, 'embassies', 'belgium')
  const created = await request.post('/api/events?draft=true', {
    headers: { Authorization: `JWT ${token}` },
    data: {
      title,
      type: 'embassy_screening',
      startsOn: '2027-03-10T12:00:00.000Z',
      endsOn: '2027-03-11T12:00:00.000Z',
      timezone: 'Europe/Brussels',
      country: 'BE',
      city: 'Brussels',
      organisingEmbassy: belgium.id,
      _status: 'draft',
    },
  })
  expect(created.status()).toBe(201)
  const { doc } = await created.json()
  return doc as { id: number | string; slug: string; title: string }
}

/** The public page answers 404, read twice so the site has cached the answer. */
const cachedNotFound = async (request: APIRequestContext, slug: string) => {
  for (let i = 0; i < 2; i++) expect((await request.get(`/en/events/${slug}`)).status()).toBe(404)
}

/** The public page shows the event within 10 seconds. */
const showsWithinSeconds = async (request: APIRequestContext, slug: string, title: string) =>
  expect
    .poll(
      async () => {
        const response = await request.get(`/en/events/${slug}`)
        return response.status() === 200 && (await response.text()).includes(title)
      },
      { timeout: 10_000, intervals: [500] },
    )
    .toBe(true)

test.beforeAll(async ({ request }) => {
  token = await apiToken(request, 'editor@example.org')
})

test('published with the admin’s Publish button, the event is on the site within seconds', async ({
  page,
  request,
}) => {
  const event = await draftEvent(request, 'Published by the button')
  await cachedNotFound(request, event.slug)
  await signInToAdmin(page, 'editor@example.org')
  await page.goto(`/admin/collections/events/${event.id}`)
  await page.locator('#action-save').click()
  await expect(page.getByText(/published successfully|Updated successfully/i).first()).toBeVisible()
  await showsWithinSeconds(request, event.slug, event.title)
})

test('published over the REST API, the event is on the site within seconds', async ({ request }) => {
  const event = await draftEvent(request, 'Published over the API')
  await cachedNotFound(request, event.slug)
  const published = await request.patch(`/api/events/${event.id}`, {
    headers: { Authorization: `JWT ${token}` },
    data: { _status: 'published' },
  })
  expect(published.status()).toBe(200)
  await showsWithinSeconds(request, event.slug, event.title)
})

test('published by schedule, the event is on the site within seconds of its time', async ({ request }) => {
  const event = await draftEvent(request, 'Published by the clock')
  await cachedNotFound(request, event.slug)
  const { user: editor } = await (
    await request.get('/api/users/me', { headers: { Authorization: `JWT ${token}` } })
  ).json()
  // What the admin's "Schedule publish" queues: Payload's schedulePublish job, due in 3 seconds.
  // The queue is written directly: no API queues jobs, and the admin's picker counts in 5 minutes.
  const db = createClient({ url: `file:${database}` })
  try {
    await db.execute({
      sql: `INSERT INTO payload_jobs (input, task_slug, queue, wait_until) VALUES (?, 'schedulePublish', 'default', ?)`,
      args: [
        JSON.stringify({
          type: 'publish',
          doc: { relationTo: 'events', value: String(event.id) },
          user: { relationTo: 'users', value: editor.id },
        }),
        new Date(Date.now() + 3000).toISOString(),
      ],
    })
  } finally {
    db.close()
  }
  expect((await request.get(`/en/events/${event.slug}`)).status()).toBe(404)
  await expect
    .poll(
      async () => {
        const response = await request.get(`/en/events/${event.slug}`)
        return response.status() === 200 && (await response.text()).includes(event.title)
      },
      // Due in 3 s, run by the queue within 2 s, shown within seconds after.
      { timeout: 15_000, intervals: [500] },
    )
    .toBe(true)
})

test('a screening typed at 19:00 in a browser on UTC is 19:00 at the Brussels venue', async ({
  browser,
  request,
}) => {
  const belgium = await bySlug(request, 'embassies', 'belgium')
  const film = await bySlug(request, 'films', 'myn-bala')
  // A title of its own, so the picker cannot offer an older event of the same name.
  const title = `An evening on the venue’s clock ${Date.now()}`
  const created = await request.post('/api/events', {
    headers: { Authorization: `JWT ${token}` },
    data: {
      title,
      type: 'embassy_screening',
      startsOn: '2027-03-10T12:00:00.000Z',
      endsOn: '2027-03-11T12:00:00.000Z',
      timezone: 'Europe/Brussels',
      country: 'BE',
      city: 'Brussels',
      organisingEmbassy: belgium.id,
      films: [film.id],
      _status: 'published',
    },
  })
  expect(created.status()).toBe(201)
  const { doc: event } = await created.json()

  const context = await browser.newContext({ timezoneId: 'UTC', locale: 'en-GB' })
  const page = await context.newPage()
  await signInToAdmin(page, 'editor@example.org')
  // The editor's content language may have been left on another one by an earlier test; the
  // event picker searches titles in it, and this event has an English title only.
  await page.goto('/admin/collections/screenings/create?locale=en')
  await chooseInAdminDrawer(page, 'event', title)
  await chooseInAdminSelect(page, 'film', /Myn Bala/i, { typed: 'Myn Bala', exact: false })
  // The zone is the event's before a time can be typed.
  await expect(page.getByText('Type the time as the venue’s clock shows it (Europe/Brussels).')).toBeVisible()
  const time = page.locator('#field-startsAt input').first()
  await time.fill('10 Mar 2027, 19:00')
  await time.press('Enter')
  await page.locator('#field-venue__name').fill('Cinema Galeries')
  await expect(page.getByText('At the venue: ')).toContainText('19:00')
  await page.locator('#action-save').click()
  await expect(page.getByText(/successfully/i).first()).toBeVisible()
  await context.close()

  const screenings = await (
    await request.get(`/api/screenings?where[event][equals]=${event.id}&depth=0`, {
      headers: { Authorization: `JWT ${token}` },
    })
  ).json()
  expect(screenings.docs[0].startsAt).toBe('2027-03-10T18:00:00.000Z')
  const publicPage = await browser.newPage({ timezoneId: 'UTC' })
  await publicPage.goto(`/en/events/${event.slug}`)
  await expect(publicPage.getByText(/19:00/).first()).toBeVisible()
  await expect(publicPage.getByText(/20:00|18:00/)).toHaveCount(0)
})
