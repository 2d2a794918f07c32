import { expect, test } from '@playwright/test'
import { apiToken, bySlug, demoPassword } from './helpers'

// What one embassy can reach of another's work over HTTP: images by guessed ID, the ministry's
// review of a published report, and the admin, which is for ministry staff only.

const auth = (token: string) => ({ Authorization: `JWT ${token}` })

test('another embassy’s image attached to one’s own draft is a 400 naming photos, and stays its owner’s', async ({
  request,
}) => {
  const { jpeg } = await import('../tests/helpers/image')
  const brussels = await apiToken(request, 'brussels@example.org')
  const washington = await apiToken(request, 'washington@example.org')
  const editor = await apiToken(request, 'editor@example.org')
  const upload = await request.post('/api/media', {
    headers: auth(brussels),
    multipart: {
      file: { name: 'trust-private.jpg', mimeType: 'image/jpeg', buffer: await jpeg(40, 30) },
      _payload: JSON.stringify({ alt: 'Belgian private photo' }),
    },
  })
  expect(upload.status()).toBe(201)
  const image = (await upload.json()).doc as { id: number; embassy: { id: number } }

  const draft = await bySlug(request, 'reports', 'road-to-mother-at-the-un-2026-report', washington)
  const response = await request.patch(`/api/reports/${draft.id}`, {
    headers: auth(washington),
    data: { photos: [image.id] },
  })
  expect(response.status()).toBe(400)
  const body = await response.json()
  const paths = body.errors.flatMap((error: { data?: { errors?: { path: string }[] } }) =>
    (error.data?.errors ?? []).map((item) => item.path),
  )
  expect(paths).toContain('photos')
  expect(JSON.stringify(body)).not.toContain('Belgian private photo')

  const after = await (await request.get(`/api/media/${image.id}?depth=0`, { headers: auth(editor) })).json()
  expect(after.embassy).toBe(image.embassy.id)
  expect((await request.get(`/api/media/${image.id}?depth=0`, { headers: auth(washington) })).status()).toBe(
    404,
  )
})

test('the review history of a published report is for its embassy and the ministry, over REST and GraphQL', async ({
  request,
}) => {
  const slug = 'days-of-kazakh-cinema-brussels-2025-report'
  const historyOver = async (email: string) => {
    const token = await apiToken(request, email)
    const rest = await bySlug(request, 'reports', slug, token)
    const graph = await (
      await request.post('/api/graphql', {
        headers: auth(token),
        data: {
          query: `{ Reports(where: { slug: { equals: "${slug}" } }) { docs { title statusHistory { status comment } } } }`,
        },
      })
    ).json()
    const doc = graph.data.Reports.docs[0]
    expect(rest.title, email).toBeTruthy()
    expect(doc.title, email).toBeTruthy()
    return { rest: rest.statusHistory ?? [], graphql: doc.statusHistory ?? [] }
  }
  const other = await historyOver('washington@example.org')
  expect(other).toEqual({ rest: [], graphql: [] })
  const own = await historyOver('brussels@example.org')
  expect(own.rest.length).toBeGreaterThan(0)
  expect(own.graphql.length).toBe(own.rest.length)
})

test('embassy staff are turned away from the admin, and still read their reports over REST', async ({
  page,
}) => {
  const login = await page.request.post('/api/users/login', {
    data: { email: 'brussels@example.org', password: demoPassword },
  })
  expect(login.status()).toBe(200)
  for (const path of ['/admin', '/admin/collections/reports']) {
    await page.goto(path)
    await expect(page, path).toHaveURL(/\/admin\/(unauthorized|login)/)
  }
  await expect(page.getByText('Days of Kazakh Cinema in Brussels')).toHaveCount(0)
  const reports = await page.request.get('/api/reports?depth=0&limit=100')
  expect(reports.status()).toBe(200)
  expect(((await reports.json()).docs as unknown[]).length).toBeGreaterThan(0)
})
