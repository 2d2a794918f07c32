// Writes a planned archive through the database adapter (payload.db), in one transaction per batch.
// The Local API runs every hook per document (about 60 ms per screening here: 30 minutes for the
// archive); the plan already holds what those hooks compute, so the adapter writes it directly.
// payload.db is Payload's adapter-neutral interface: the same calls write to SQLite and MongoDB.
import { randomBytes } from 'node:crypto'
import { createLocalReq, type CollectionSlug, type Payload, type PayloadRequest } from 'payload'
import { writeAudit } from '../../../lib/audit'
import { richTextFromPlain } from '../../../lib/richText'
import { ensureImages } from './images'
import type { ArchivePlan, ImageRef, PlannedEmbassy, Texts } from './plan'
import { directorsInScripts, nameInScripts, studioInScripts, venueInScripts } from './scripts'
import { searchedCollections, searchSectionsOf, type SearchedCollection } from '../../../lib/searchSections'
import { searchTextOf } from '../../../lib/searchText'

const isSearched = (collection: string): collection is SearchedCollection =>
  (searchedCollections as readonly string[]).includes(collection)

type ID = number | string
type Row = Record<string, unknown>

/** Told after each batch: what was written, how many more, and how many in all. */
export type ArchiveProgress = (what: string, done: number, total: number) => void

export type ArchiveSummary = {
  embassies: ID[]
  /** Demo embassies the archive uses instead of making a second one for the same country. */
  reusedEmbassies: number
  films: ID[]
  events: ID[]
  screenings: ID[]
  reports: ID[]
  images: number
}

const batchSize = 250
const dayAtNoon = (day: string) => `${day}T12:00:00.000Z`

/** Array rows carry IDs (Payload makes them in a hook): 24 hex digits, an ObjectID's shape. */
const withRowIDs = <T extends Row>(rows: T[]): (T & { id: string })[] =>
  rows.map((row) => ({ ...row, id: randomBytes(12).toString('hex') }))

/** A localized text as the adapter stores it: only the languages it has. */
const localized = (texts: Texts) => (Object.keys(texts).length ? texts : undefined)
const localizedRichText = (texts: Texts) =>
  Object.keys(texts).length
    ? Object.fromEntries(Object.entries(texts).map(([locale, text]) => [locale, richTextFromPlain(text!)]))
    : undefined

/**
 * The IDs new documents get: on SQLite the next integers after the largest (trash included), on
 * MongoDB ObjectIDs that start with the document's creation time, as MongoDB makes them.
 */
const idMaker = async (payload: Payload, collection: CollectionSlug) => {
  if (payload.db.defaultIDType !== 'number')
    return (createdAt: string) =>
      Math.floor(Date.parse(createdAt) / 1000)
        .toString(16)
        .padStart(8, '0') + randomBytes(8).toString('hex')
  const { docs } = await payload.find({
    collection,
    sort: '-id',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    trash: true,
    select: {},
  } as never)
  let next = Number((docs[0] as { id?: number } | undefined)?.id ?? 0)
  return () => ++next
}

/** Slugs already taken in the database: a planned one that is gets -2, -3, as the slug field does. */
const freeSlugs = async (payload: Payload, collection: CollectionSlug, planned: string[]) => {
  const taken = new Set<string>()
  for (let i = 0; i < planned.length; i += 500) {
    const { docs } = await payload.find({
      collection,
      where: { slug: { in: planned.slice(i, i + 500) } },
      depth: 0,
      overrideAccess: true,
      pagination: false,
      trash: true,
      select: { slug: true },
    } as never)
    for (const doc of docs as { slug?: string }[]) if (doc.slug) taken.add(doc.slug)
  }
  if (!taken.size) return planned
  const used = new Set([...planned, ...taken])
  return planned.map((slug) => {
    if (!taken.has(slug)) return slug
    let n = 2
    while (used.has(`${slug}-${n}`)) n++
    used.add(`${slug}-${n}`)
    return `${slug}-${n}`
  })
}

/** Runs `write` on each item, a batch per transaction, so a failure leaves no half-written batch. */
const inBatches = async <T>(
  payload: Payload,
  items: T[],
  write: (item: T, index: number, req: PayloadRequest) => Promise<void>,
  done: (count: number) => void,
) => {
  for (let start = 0; start < items.length; start += batchSize) {
    const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
    const transactionID = (await payload.db.beginTransaction()) ?? undefined
    if (transactionID !== undefined) req.transactionID = transactionID
    try {
      const end = Math.min(items.length, start + batchSize)
      for (let index = start; index < end; index++) await write(items[index], index, req)
      if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
      done(end - start)
    } catch (error) {
      if (transactionID !== undefined) await payload.db.rollbackTransaction(transactionID)
      throw error
    }
  }
}

export const writeArchive = async (
  payload: Payload,
  plan: ArchivePlan,
  progress: ArchiveProgress = () => undefined,
): Promise<ArchiveSummary> => {
  const total = Object.values(plan).reduce((sum, list) => sum + list.length, 0)
  const tell = (what: string) => (count: number) => progress(what, count, total)
  const images = await ensureImages(payload)
  const image = (ref: ImageRef | null): ID | null => {
    if (!ref) return null
    const pool = images[ref.role]
    return pool[ref.index % pool.length]
  }
  const publicImages = new Set<ID>()
  // The adapter skips hooks: the search text the save hook would write is computed here, from the
  // same sections (lib/searchSections.ts), so the archive is searchable as saved documents are.
  const create = (collection: CollectionSlug, id: ID, data: Row, req: PayloadRequest) =>
    payload.db.create({
      collection,
      customID: id,
      data: isSearched(collection)
        ? { ...data, searchText: searchTextOf(searchSectionsOf[collection](data)) }
        : data,
      req,
      returning: false,
    })

  // Embassies: the demo's own where it has one in that country, new ones elsewhere.
  const demoEmbassies = await payload.find({
    collection: 'embassies',
    where: { slug: { in: ['belgium', 'usa', 'france'] } },
    depth: 0,
    overrideAccess: true,
    pagination: false,
    select: { country: true },
  })
  const embassyIDs: ID[] = []
  const newEmbassies: { embassy: PlannedEmbassy; index: number }[] = []
  plan.embassies.forEach((embassy, index) => {
    const demo = demoEmbassies.docs.find((doc) => doc.country === embassy.country)
    if (demo) embassyIDs[index] = demo.id
    else newEmbassies.push({ embassy, index })
  })
  const embassySlugs = await freeSlugs(
    payload,
    'embassies',
    newEmbassies.map(({ embassy }) => embassy.slug),
  )
  const nextEmbassy = await idMaker(payload, 'embassies')
  const createdEmbassies: ID[] = []
  const now = new Date().toISOString()
  await inBatches(
    payload,
    newEmbassies,
    async ({ embassy, index }, n, req) => {
      const id = nextEmbassy(now)
      embassyIDs[index] = id
      createdEmbassies.push(id)
      await create(
        'embassies',
        id,
        { ...embassy, slug: embassySlugs[n], createdAt: now, updatedAt: now },
        req,
      )
    },
    tell('embassies'),
  )
  tell('embassies')(plan.embassies.length - newEmbassies.length)

  const filmSlugs = await freeSlugs(
    payload,
    'films',
    plan.films.map((film) => film.slug),
  )
  const nextFilm = await idMaker(payload, 'films')
  const filmIDs: ID[] = []
  await inBatches(
    payload,
    plan.films,
    async (film, index, req) => {
      const id = nextFilm(film.createdAt)
      filmIDs[index] = id
      const poster = image(film.poster)
      const stills = film.stills.map(image).filter((still): still is ID => still !== null)
      for (const used of [poster, ...stills]) if (used !== null) publicImages.add(used)
      await create(
        'films',
        id,
        {
          ...film,
          slug: filmSlugs[index],
          title: localized(film.title),
          synopsis: localizedRichText(film.synopsis),
          directors: directorsInScripts(film.directors),
          cast: withRowIDs(
            film.cast.map((person) => ({
              ...person,
              name: nameInScripts(person.name),
              character: localized(person.character),
            })),
          ),
          rightsHolder: studioInScripts(film.rightsHolder),
          coProductionPartners: withRowIDs(
            film.coProductionPartners.map((partner) => ({ ...partner, name: { en: partner.name } })),
          ),
          screeningRights: withRowIDs(
            film.screeningRights.map((licence) => ({
              ...licence,
              validFrom: dayAtNoon(licence.validFrom),
              validTo: licence.validTo ? dayAtNoon(licence.validTo) : null,
              note: licence.note ?? null,
            })),
          ),
          awards: withRowIDs(
            film.awards.map((award) => ({
              ...award,
              festival: localized(award.festival),
              award: localized(award.award),
            })),
          ),
          poster,
          stills,
          updatedAt: film.createdAt,
        },
        req,
      )
    },
    tell('films'),
  )

  const eventSlugs = await freeSlugs(
    payload,
    'events',
    plan.events.map((event) => event.slug),
  )
  const nextEvent = await idMaker(payload, 'events')
  const eventIDs: ID[] = []
  await inBatches(
    payload,
    plan.events,
    async (event, index, req) => {
      const id = nextEvent(event.createdAt)
      eventIDs[index] = id
      const heroImage = image(event.heroImage)
      const gallery = event.gallery.map(image).filter((item): item is ID => item !== null)
      if (event.published)
        for (const used of [heroImage, ...gallery]) if (used !== null) publicImages.add(used)
      const data: Row = {
        title: localized(event.title),
        slug: eventSlugs[index],
        type: event.type,
        organisingEmbassy: event.embassy === null ? null : embassyIDs[event.embassy],
        startsOn: dayAtNoon(event.startsOn),
        endsOn: dayAtNoon(event.endsOn),
        timezone: event.timezone,
        country: event.country,
        city: event.city,
        venues: withRowIDs(event.venues.map((venue) => venueInScripts(venue, event.city))),
        summary: localized(event.summary),
        body: localizedRichText(event.body),
        films: event.films.map((film) => filmIDs[film]),
        partners: withRowIDs(
          event.partners.map((partner) => ({ ...partner, name: localized(partner.name) })),
        ),
        heroImage,
        gallery,
        _status: event.published ? 'published' : 'draft',
        createdAt: event.createdAt,
        updatedAt: event.updatedAt,
      }
      await create('events', id, data, req)
      // Events keep versions (drafts and scheduled publishing): the one a save would leave.
      await payload.db.createVersion({
        collectionSlug: 'events',
        parent: id,
        versionData: data as never,
        autosave: false,
        createdAt: event.updatedAt,
        updatedAt: event.updatedAt,
        req,
        returning: false,
      })
    },
    tell('events'),
  )

  const nextScreening = await idMaker(payload, 'screenings')
  const screeningIDs: ID[] = []
  await inBatches(
    payload,
    plan.screenings,
    async (screening, index, req) => {
      const id = nextScreening(screening.createdAt)
      screeningIDs[index] = id
      await create(
        'screenings',
        id,
        {
          label: screening.label,
          event: eventIDs[screening.event],
          // What the save hook would store (hooks/keepScreeningVisibility.ts): no event is trashed here.
          eventPublic: plan.events[screening.event].published,
          film: filmIDs[screening.film],
          startsAt: screening.startsAt,
          startsAt_tz: screening.timezone,
          venue: venueInScripts(screening.venue, plan.events[screening.event].city),
          language: screening.language,
          subtitles: screening.subtitles,
          format: screening.format,
          guests: withRowIDs(
            screening.guests.map((guest) => ({
              ...guest,
              name: nameInScripts(guest.name),
              role: localized(guest.role),
            })),
          ),
          admission: screening.admission,
          capacity: screening.capacity,
          ticketUrl: screening.ticketUrl,
          status: screening.status,
          attendance: screening.attendance,
          createdAt: screening.createdAt,
          updatedAt: screening.createdAt,
        },
        req,
      )
    },
    tell('screenings'),
  )

  // Who moved each report: the embassy's own staff and the ministry's editors, where they have accounts.
  const staff = await payload.find({
    collection: 'users',
    where: { role: { in: ['embassy', 'editor', 'admin'] } },
    depth: 0,
    overrideAccess: true,
    pagination: false,
    sort: 'id',
    select: { role: true, embassy: true },
  })
  const ministryUser =
    (staff.docs.find((user) => user.role === 'editor') ?? staff.docs.find((user) => user.role === 'admin'))
      ?.id ?? null
  const embassyUser = (embassy: ID) =>
    staff.docs.find((user) => user.role === 'embassy' && String(user.embassy) === String(embassy))?.id ?? null

  const reportSlugs = await freeSlugs(
    payload,
    'reports',
    plan.reports.map((report) => report.slug),
  )
  const nextReport = await idMaker(payload, 'reports')
  const reportIDs: ID[] = []
  await inBatches(
    payload,
    plan.reports,
    async (report, index, req) => {
      const id = nextReport(report.createdAt)
      reportIDs[index] = id
      const embassy = embassyIDs[report.embassy]
      const photos = report.photos.map(image).filter((item): item is ID => item !== null)
      if (report.status === 'published') for (const used of photos) publicImages.add(used)
      const data: Row = {
        title: localized(report.title),
        slug: reportSlugs[index],
        status: report.status,
        statusComment: null,
        embassy,
        writtenIn: report.writtenIn,
        event: eventIDs[report.event],
        screenings: withRowIDs(
          report.screenings.map((row) => ({
            screening: screeningIDs[row.screening],
            attendance: row.attendance,
          })),
        ),
        body: localizedRichText(report.body),
        photos,
        totalAttendance: report.totalAttendance,
        audience: withRowIDs(report.audience),
        partners: withRowIDs(report.partners.map((partner) => ({ ...partner, name: { en: partner.name } }))),
        guests: withRowIDs(
          report.guests.map((guest) => ({
            ...guest,
            name: nameInScripts(guest.name),
            role: localized(guest.role),
          })),
        ),
        quotes: withRowIDs(
          report.quotes.map((quote) => ({
            ...quote,
            person: nameInScripts(quote.person),
            role: localized(quote.role),
          })),
        ),
        pressCoverage: withRowIDs(report.pressCoverage),
        outcomes: withRowIDs(
          report.outcomes.map((outcome) => ({ ...outcome, description: localized(outcome.description) })),
        ),
        publishedAt: report.publishedAt,
        statusHistory: withRowIDs(
          report.history.map((step) => ({
            status: step.status,
            changedBy: step.by === 'embassy' ? embassyUser(embassy) : ministryUser,
            changedAt: step.at,
            comment: step.comment,
          })),
        ),
        createdAt: report.createdAt,
        updatedAt: report.updatedAt,
      }
      await create('reports', id, data, req)
      await payload.db.createVersion({
        collectionSlug: 'reports',
        parent: id,
        versionData: data as never,
        autosave: false,
        createdAt: report.updatedAt,
        updatedAt: report.updatedAt,
        req,
        returning: false,
      })
    },
    tell('reports'),
  )

  // What refreshMediaUse would have recorded: images on public pages are public.
  const context = { disableRevalidate: true }
  for (const id of publicImages)
    await payload.update({
      collection: 'media',
      id,
      data: { inPublicUse: true },
      overrideAccess: true,
      depth: 0,
      context,
    })

  const summary: ArchiveSummary = {
    embassies: createdEmbassies,
    reusedEmbassies: plan.embassies.length - newEmbassies.length,
    films: filmIDs,
    events: eventIDs,
    screenings: screeningIDs,
    reports: reportIDs,
    images: Object.values(images).flat().length,
  }
  // One entry per collection in the audit log: who would otherwise wonder where 40,000 documents came from.
  for (const [collection, ids] of [
    ['embassies', createdEmbassies],
    ['films', filmIDs],
    ['events', eventIDs],
    ['screenings', screeningIDs],
    ['reports', reportIDs],
  ] as const)
    if (ids.length)
      await writeAudit(payload, {
        action: 'create',
        collectionName: collection,
        summary: `seed:large generated ${ids.length} ${collection}`,
      })
  return summary
}
