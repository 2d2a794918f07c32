import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoPassword, demoUsers, seed } from '../scripts/seed/index'
import { demoImageFilenames } from '../scripts/seed/large/images'
import { startPayload } from './helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(() => payload.destroy())

const counted: CollectionSlug[] = ['embassies', 'users', 'films', 'events', 'screenings', 'reports', 'media']
const counts = async () =>
  Object.fromEntries(
    await Promise.all(
      counted.map(async (collection) => [collection, (await payload.count({ collection })).totalDocs]),
    ),
  )

describe('demo content', () => {
  it('loads once and changes nothing when loaded again', async () => {
    const before = await counts()
    await seed(payload)
    const afterFirst = await counts()
    await seed(payload)
    expect(await counts()).toEqual(afterFirst)
    expect(afterFirst.events - before.events).toBe(7)
    expect(afterFirst.reports - before.reports).toBe(4)
  })

  it('draws only images seed:large knows as the demo’s, so an archive can be added after it', async () => {
    const { docs } = await payload.find({
      collection: 'media',
      where: { credit: { equals: 'Demo artwork' } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { filename: true },
    })
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.map((image) => image.filename).filter((name) => !demoImageFilenames.includes(name!))).toEqual(
      [],
    )
  })

  it('holds the Brussels film days in all three languages, with the actress as guest', async () => {
    const { docs } = await payload.find({
      collection: 'events',
      where: { slug: { equals: 'days-of-kazakh-cinema-brussels-2025' } },
      locale: 'all',
    })
    expect(docs[0].title).toMatchObject({
      en: 'Days of Kazakh Cinema in Brussels',
      ru: 'Дни казахского кино в Брюсселе',
      kk: 'Брюссельдегі қазақ киносының күндері',
    })
    const screenings = await payload.find({
      collection: 'screenings',
      where: { event: { equals: docs[0].id } },
      locale: 'en',
    })
    expect(screenings.docs.flatMap((s) => s.guests ?? []).map((g) => g.name)).toContain('Aliya Anuarbek')
  })

  it('has one published and one submitted report, and a draft event the public cannot see', async () => {
    const status = async (slug: string) =>
      (await payload.find({ collection: 'reports', where: { slug: { equals: slug } } })).docs[0]?.status
    expect(await status('days-of-kazakh-cinema-brussels-2025-report')).toBe('published')
    expect(await status('welink-film-festival-new-york-2026-report')).toBe('submitted')
    const draft = await payload.find({
      collection: 'events',
      overrideAccess: false,
      where: { slug: { equals: 'kazakh-film-week-paris-2027' } },
    })
    expect(draft.totalDocs).toBe(0)
  })

  it('creates the four demo accounts, who can sign in with DEMO_PASSWORD', async () => {
    for (const { email, role } of demoUsers) {
      const { user } = await payload.login({ collection: 'users', data: { email, password: demoPassword() } })
      expect(user?.role).toBe(role)
    }
  })

  it('refuses the default demo password in production', () => {
    const saved = { password: process.env.DEMO_PASSWORD, env: process.env.NODE_ENV }
    try {
      delete process.env.DEMO_PASSWORD
      ;(process.env as Record<string, string>).NODE_ENV = 'production'
      expect(() => demoPassword()).toThrow(/Set DEMO_PASSWORD/)
    } finally {
      process.env.DEMO_PASSWORD = saved.password
      ;(process.env as Record<string, string | undefined>).NODE_ENV = saved.env
    }
  })
})
