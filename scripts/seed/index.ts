import type { CollectionSlug, Payload, Where } from 'payload'
import { isLocale, locales, type Locale } from '../../lib/locales'
import { richTextFromPlain } from '../../lib/richText'
import type { ReportStatus } from '../../lib/reportWorkflow'
import { embassies } from './embassies'
import { events } from './events'
import { films } from './films'
import { placeholderImage } from './images'
import { reports } from './reports'
import { defaultDemoPassword } from '../defaults.mjs'

type ID = number | string
type Localized<T = string> = Record<Locale, T>
const context = { disableRevalidate: true }

/** The demo accounts' password: DEMO_PASSWORD, or a documented default outside production. */
export const demoPassword = (): string => {
  if (process.env.DEMO_PASSWORD) return process.env.DEMO_PASSWORD
  if (process.env.NODE_ENV === 'production')
    throw new Error(
      'Refusing to create demo accounts with the default password in production. Set DEMO_PASSWORD and run the seed again.',
    )
  return defaultDemoPassword
}

export const demoUsers = [
  { email: 'admin@example.org', name: 'Aigerim Admin', role: 'admin', language: 'en' },
  { email: 'editor@example.org', name: 'Daniyar Editor', role: 'editor', language: 'en' },
  {
    email: 'brussels@example.org',
    name: 'Brussels Embassy Staff',
    role: 'embassy',
    embassy: 'belgium',
    language: 'ru',
  },
  {
    email: 'washington@example.org',
    name: 'Washington Embassy Staff',
    role: 'embassy',
    embassy: 'usa',
    language: 'en',
  },
] as const

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isLocalizedValue = (value: unknown): value is Localized<unknown> =>
  isPlainObject(value) && 'en' in value && Object.keys(value).every(isLocale)

/** The data as written in one language, keeping array row IDs so other languages stay attached. */
const inLocale = (value: unknown, locale: Locale, saved?: unknown): unknown => {
  if (isLocalizedValue(value)) return value[locale] ?? value.en
  if (Array.isArray(value))
    return value.map((item, index) => {
      const savedRow = Array.isArray(saved) ? saved[index] : undefined
      const row = inLocale(item, locale, savedRow)
      return isPlainObject(row) && isPlainObject(savedRow) && savedRow.id !== undefined
        ? { ...row, id: savedRow.id }
        : row
    })
  if (isPlainObject(value))
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        inLocale(inner, locale, isPlainObject(saved) ? saved[key] : undefined),
      ]),
    )
  return value
}

/** Create or update the document matching `where`, in every language. */
const upsert = async (
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
  data: Record<string, unknown>,
  options: { draft?: boolean; user?: unknown } = {},
): Promise<Record<string, any>> => {
  const common = { collection, depth: 0, overrideAccess: true, context, draft: options.draft } as const
  const found = await payload.find({ ...common, where, limit: 1, locale: 'en', pagination: false })
  const existing = found.docs[0] as Record<string, any> | undefined
  let saved: Record<string, any> = existing
    ? await payload.update({
        ...common,
        id: existing.id,
        locale: 'en',
        data: inLocale(data, 'en', existing) as any,
      })
    : await payload.create({
        ...common,
        locale: 'en',
        data: inLocale(data, 'en') as any,
        user: options.user as any,
      })
  for (const locale of locales.filter((code) => code !== 'en'))
    saved = await payload.update({
      ...common,
      id: saved.id,
      locale,
      data: inLocale(data, locale, saved) as any,
    })
  return saved
}

const upsertImage = async (
  payload: Payload,
  name: string,
  alt: Localized,
  size: [number, number],
): Promise<ID> => {
  const filename = `${name}.jpg`
  const found = await payload.find({
    collection: 'media',
    where: { filename: { equals: filename } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (found.docs[0]) return found.docs[0].id
  const data = await placeholderImage(name, ...size)
  const image = await payload.create({
    collection: 'media',
    locale: 'en',
    overrideAccess: true,
    context,
    data: { alt: alt.en, credit: 'Demo artwork' },
    file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
  })
  for (const locale of ['ru', 'kk'] as const)
    await payload.update({
      collection: 'media',
      id: image.id,
      locale,
      overrideAccess: true,
      context,
      data: { alt: alt[locale] },
    })
  return image.id
}

const richText = (text: Localized) =>
  Object.fromEntries(locales.map((locale) => [locale, richTextFromPlain(text[locale])])) as Localized<unknown>

const dayAtNoon = (date: string) => `${date}T12:00:00.000Z`

export type SeedSummary = Record<
  'embassies' | 'users' | 'films' | 'events' | 'screenings' | 'reports',
  number
>

/** Load the demo content. Safe to run again: it updates what is there and adds what is missing. */
export const seed = async (payload: Payload): Promise<SeedSummary> => {
  const password = demoPassword()
  const bySlug = <T>(ids: Record<string, T>, slug: string) => {
    if (!(slug in ids)) throw new Error(`Seed data refers to unknown slug “${slug}”.`)
    return ids[slug]
  }

  const embassyIDs: Record<string, ID> = {}
  for (const embassy of embassies)
    embassyIDs[embassy.slug] = (
      await upsert(payload, 'embassies', { slug: { equals: embassy.slug } }, embassy)
    ).id

  const users: Record<string, Record<string, any>> = {}
  for (const account of demoUsers) {
    const embassy = 'embassy' in account ? bySlug(embassyIDs, account.embassy) : null
    users[account.email] = await upsert(
      payload,
      'users',
      { email: { equals: account.email } },
      { ...account, embassy, password },
    )
  }

  const filmIDs: Record<string, ID> = {}
  for (const { synopsis, stills: stillCount = 0, ...film } of films) {
    const poster = await upsertImage(
      payload,
      `poster-${film.slug}`,
      {
        en: `Poster artwork for the film “${film.title.en}”`,
        ru: `Постер фильма «${film.title.ru}»`,
        kk: `«${film.title.kk}» фильмінің постері`,
      },
      [800, 1200],
    )
    const stills: ID[] = []
    for (let n = 1; n <= stillCount; n++)
      stills.push(
        await upsertImage(
          payload,
          `still-${film.slug}-${n}`,
          {
            en: `Still ${n} from the film “${film.title.en}”`,
            ru: `Кадр ${n} из фильма «${film.title.ru}»`,
            kk: `«${film.title.kk}» фильмінен ${n}-кадр`,
          },
          [1280, 720],
        ),
      )
    filmIDs[film.slug] = (
      await upsert(
        payload,
        'films',
        { slug: { equals: film.slug } },
        {
          ...film,
          synopsis: richText(synopsis),
          poster,
          ...(stills.length ? { stills } : {}),
          screeningRights: film.screeningRights.map((licence) => ({
            ...licence,
            validFrom: dayAtNoon(licence.validFrom),
            validTo: 'validTo' in licence && licence.validTo ? dayAtNoon(licence.validTo) : null,
          })),
        },
      )
    ).id
  }

  const eventIDs: Record<string, ID> = {}
  // What each event's screenings drew: the rows of the reports that cover them.
  const screeningRows: Record<string, { screening: ID; attendance?: number }[]> = {}
  let screeningCount = 0
  for (const { screenings, published, body, ...event } of events) {
    const heroImage = await upsertImage(
      payload,
      `hero-${event.slug}`,
      {
        en: `Artwork for “${event.title.en}”: a sun over the steppe`,
        ru: `Иллюстрация к событию «${event.title.ru}»: солнце над степью`,
        kk: `«${event.title.kk}» іс-шарасына сурет: дала үстіндегі күн`,
      },
      [1600, 900],
    )
    const saved = await upsert(
      payload,
      'events',
      { slug: { equals: event.slug } },
      {
        ...event,
        body: body ? richText(body) : undefined,
        startsOn: dayAtNoon(event.startsOn),
        endsOn: dayAtNoon(event.endsOn ?? event.startsOn),
        organisingEmbassy: bySlug(embassyIDs, event.organisingEmbassy),
        films: event.films.map((slug) => bySlug(filmIDs, slug)),
        heroImage,
        _status: published ? 'published' : 'draft',
      },
      { draft: !published },
    )
    eventIDs[event.slug] = saved.id
    screeningRows[event.slug] = []
    for (const { film, local: _local, utc, venue, ...screening } of screenings) {
      const filmID = bySlug(filmIDs, film)
      const where: Where = {
        and: [{ event: { equals: saved.id } }, { film: { equals: filmID } }, { startsAt: { equals: utc } }],
      }
      const savedScreening = await upsert(payload, 'screenings', where, {
        ...screening,
        event: saved.id,
        film: filmID,
        startsAt: utc,
        startsAt_tz: event.timezone,
        venue: { name: venue, city: event.city },
      })
      screeningRows[event.slug].push({
        screening: savedScreening.id,
        attendance: 'attendance' in screening ? screening.attendance : undefined,
      })
      screeningCount++
    }
  }

  const editor = users['editor@example.org']
  for (const {
    slug,
    embassy,
    delegation,
    author,
    reviewer,
    event,
    screenings,
    path,
    body,
    photoAlt,
    ...report
  } of reports) {
    const photos = photoAlt ? [await upsertImage(payload, `photo-${slug}`, photoAlt, [1200, 800])] : []
    const data = {
      ...report,
      photos,
      slug,
      body: richText(body),
      ...(delegation
        ? { reportedBy: 'delegation', embassy: null, delegation }
        : { reportedBy: 'embassy', embassy: embassy ? bySlug(embassyIDs, embassy) : null }),
      event: bySlug(eventIDs, event),
      screenings: screenings === 'all' ? screeningRows[event] : [],
    }
    const existed =
      (
        await payload.count({
          collection: 'reports',
          where: { slug: { equals: slug } },
          overrideAccess: true,
        })
      ).totalDocs > 0
    const saved = await upsert(payload, 'reports', { slug: { equals: slug } }, data, { user: users[author] })
    if (existed) continue
    // Walk the workflow as the people who would: the author submits, the editor reviews.
    for (const status of path as ReportStatus[])
      await payload.update({
        collection: 'reports',
        id: saved.id,
        data: { status },
        depth: 0,
        context,
        user: status === 'submitted' ? users[author] : reviewer ? users[reviewer] : editor,
        overrideAccess: true,
      })
  }

  return {
    embassies: embassies.length,
    users: demoUsers.length,
    films: films.length,
    events: events.length,
    screenings: screeningCount,
    reports: reports.length,
  }
}
