import type { CollectionSlug, Payload } from 'payload'
import type { ReportStatus } from '../../lib/reportWorkflow'
import { context } from './payload'
import { imageFile } from './image'

// IDs are numbers on SQLite and strings on MongoDB; tests only hand them back to the API.
type Doc = Record<string, any> & { id: any }
type Data = Record<string, any>

/**
 * A small, complete world for one test file: two embassies (A in Belgium, B in the USA), a user of
 * each role, published and draft events of each embassy, their screenings, reports of A in every
 * status and of B in two (each report on an event of its own), a public and a private image. `tag` keeps worlds of different files apart.
 */
export const buildWorld = async (payload: Payload, tag: string) => {
  const create = (collection: CollectionSlug, data: Data, options: Data = {}) =>
    payload.create({
      collection,
      data,
      context,
      overrideAccess: true,
      depth: 0,
      ...options,
    } as any) as Promise<Doc>

  const embassyA = await create('embassies', {
    name: `Embassy A ${tag}`,
    country: 'BE',
    city: 'Brussels',
    timezone: 'Europe/Brussels',
  })
  const embassyB = await create('embassies', {
    name: `Embassy B ${tag}`,
    country: 'US',
    city: 'Washington',
    timezone: 'America/New_York',
  })

  const password = 'correct horse battery staple'
  const account = async (role: string, embassy?: Doc): Promise<Doc> => {
    const user = await create('users', {
      email: `${role}-${embassy ? (embassy === embassyA ? 'a' : 'b') : 'x'}-${tag}@test.example`,
      password,
      name: `${role} ${tag}`,
      role,
      embassy: embassy?.id,
      language: 'en',
    })
    return { ...user, collection: 'users' } as Doc
  }
  const users = {
    admin: await account('admin'),
    editor: await account('editor'),
    embassyA: await account('embassy', embassyA),
    embassyB: await account('embassy', embassyB),
  }

  const poster = await create(
    'media',
    { alt: `Poster ${tag}` },
    { file: await imageFile(`poster-${tag}.jpg`) },
  )
  const film = await create('films', {
    title: `Film ${tag}`,
    poster: poster.id,
    screeningRights: [
      {
        territories: ['worldwide'],
        validFrom: '2020-01-01T12:00:00.000Z',
        validTo: '2030-12-31T12:00:00.000Z',
        nonCommercialOnly: false,
      },
    ],
  })
  const privateImageA = await create(
    'media',
    { alt: `Embassy A upload ${tag}` },
    { file: await imageFile(`private-${tag}.jpg`), user: users.embassyA },
  )

  let staged = 0
  const event = (embassy: Doc, published: boolean, name: string) =>
    create(
      'events',
      {
        title: `${name} ${tag}`,
        type: 'embassy_screening',
        startsOn: '2026-06-01T12:00:00.000Z',
        endsOn: '2026-06-03T12:00:00.000Z',
        timezone: embassy.timezone,
        country: embassy.country,
        city: 'City',
        organisingEmbassy: embassy.id,
        films: [film.id],
        _status: published ? 'published' : 'draft',
      },
      { draft: !published },
    )
  const screening = (ev: Doc) =>
    create('screenings', {
      event: ev.id,
      film: film.id,
      startsAt: '2026-06-02T17:00:00.000Z',
      venue: { name: 'Hall' },
    })
  /**
   * A fresh published event of an embassy with one held-by-date screening: an embassy may have one
   * report per event, so every report a test creates gets an event of its own.
   */
  const stage = async (embassy: Doc, name = 'Staged') => {
    const ev = await event(embassy, true, `${name} ${(staged += 1)}`)
    return { event: ev, screening: await screening(ev) }
  }

  const events = {
    publishedA: await event(embassyA, true, 'Published A'),
    draftA: await event(embassyA, false, 'Draft A'),
    publishedB: await event(embassyB, true, 'Published B'),
    draftB: await event(embassyB, false, 'Draft B'),
  }
  const screenings = {
    publishedA: await screening(events.publishedA),
    draftA: await screening(events.draftA),
    publishedB: await screening(events.publishedB),
    draftB: await screening(events.draftB),
  }

  // Past the draft, a report covers a screening with its attendance: submission requires it.
  // The published reports are on the published events; every other report has an event of its own.
  const report = async (embassy: Doc, status: ReportStatus) => {
    const { event: ev, screening: shown } =
      status === 'published'
        ? {
            event: embassy === embassyA ? events.publishedA : events.publishedB,
            screening: embassy === embassyA ? screenings.publishedA : screenings.publishedB,
          }
        : await stage(embassy, `Report ${status}`)
    return create('reports', {
      title: `Report ${status} ${embassy === embassyA ? 'A' : 'B'} ${tag}`,
      embassy: embassy.id,
      event: ev.id,
      status,
      screenings: status === 'draft' ? [] : [{ screening: shown.id, attendance: 40 }],
    })
  }
  const reportsA = {} as Record<ReportStatus, Doc>
  for (const status of ['draft', 'submitted', 'changes_requested', 'approved', 'published'] as ReportStatus[])
    reportsA[status] = await report(embassyA, status)
  const reportsB = {
    draft: await report(embassyB, 'draft'),
    published: await report(embassyB, 'published'),
  }

  return {
    tag,
    password,
    embassyA,
    embassyB,
    users,
    film,
    poster,
    privateImageA,
    events,
    screenings,
    reportsA,
    reportsB,
    stage,
  }
}

export type World = Awaited<ReturnType<typeof buildWorld>>
