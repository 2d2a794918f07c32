import type { Payload, PayloadRequest } from 'payload'
import type { IDLike } from './extractID'
import { extractID } from './extractID'

/**
 * A screening is as visible as its event (access/screeningsOfVisibleEvents.ts). Asked as the
 * relationship path `event._status`, that rule cost every public read of screenings a join and a
 * first query of distinct IDs (the event page's first render, /events.ics, REST), and it let through
 * the screenings of an event in the trash, whose status stays "published" there. So each screening
 * stores whether its event is public (`eventPublic`), kept by hooks/keepScreeningVisibility.ts, and
 * the rule reads that column.
 */
type EventState = { _status?: string | null; deletedAt?: string | null } | null | undefined

/** What the public may see of an event's screenings: published (its live row) and not in the trash. */
export const isPublicEvent = (event: EventState) => event?._status === 'published' && !event.deletedAt

/** The live row of an event (not its newest draft), trash included: whose state the public sees. */
export const readEventState = async (payload: Payload, id: IDLike, req?: PayloadRequest) => {
  const eventID = extractID(id)
  if (eventID === undefined) return null
  return payload.findByID({
    collection: 'events',
    id: eventID,
    req,
    depth: 0,
    draft: false,
    trash: true,
    overrideAccess: true,
    disableErrors: true,
    select: { _status: true, deletedAt: true },
  }) as Promise<EventState>
}

/**
 * Writes `eventPublic` on the screenings of one event where it differs, through the database
 * adapter: the bookkeeping of a publish is no change to the screening, so no hook, audit entry,
 * `updatedAt` or page purge follows from it (the event's own save purges its pages).
 */
export const markScreeningsOfEvent = async (
  payload: Payload,
  eventID: number | string,
  eventPublic: boolean,
  req?: PayloadRequest,
) => {
  await payload.db.updateMany({
    collection: 'screenings',
    where: {
      and: [
        { event: { equals: eventID } },
        // A row written before the column existed holds no value: `not_equals` alone skips it in SQL.
        { or: [{ eventPublic: { not_equals: eventPublic } }, { eventPublic: { exists: false } }] },
      ],
    },
    // `updatedAt: null` tells both adapters to leave the time of the last edit alone.
    data: { eventPublic, updatedAt: null },
    req,
    returning: false,
  })
}

/**
 * Every screening from its event, in batches of events: the migration that adds the column does it
 * in SQL; this is for MongoDB, which has no migrations (`npm run screenings:refresh`), and after a
 * restore from an older backup. Safe to run again at any time. Returns the events it went through.
 */
export const refreshScreeningVisibility = async (
  payload: Payload,
  { req, batchSize = 200 }: { req?: PayloadRequest; batchSize?: number } = {},
) => {
  const events = new Set<string>()
  for (let page = 1; ; page++) {
    const batch = await payload.find({
      collection: 'events',
      req,
      depth: 0,
      draft: false,
      trash: true,
      overrideAccess: true,
      limit: batchSize,
      page,
      sort: 'id',
      select: { _status: true, deletedAt: true },
    })
    for (const event of batch.docs) {
      events.add(String(event.id))
      await markScreeningsOfEvent(payload, event.id, isPublicEvent(event), req)
    }
    if (!batch.hasNextPage) break
  }
  // Screenings whose event was deleted for good (Payload leaves them): hidden, as their event is.
  const { docs: shown } = await payload.find({
    collection: 'screenings',
    req,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    where: { eventPublic: { equals: true } },
    select: { event: true },
  })
  const gone = new Set(
    shown
      .map((screening) => extractID(screening.event))
      .filter((id) => id !== undefined && !events.has(String(id))),
  ) as Set<number | string>
  for (const id of gone) await markScreeningsOfEvent(payload, id, false, req)
  return events.size
}

/** `refreshScreeningVisibility` where any screening has no value yet (a MongoDB database from before). */
export const refreshScreeningsWithoutVisibility = async (payload: Payload) => {
  const { totalDocs } = await payload.count({
    collection: 'screenings',
    overrideAccess: true,
    where: { eventPublic: { exists: false } },
  })
  if (totalDocs === 0) return
  payload.logger.info(
    `${totalDocs} screenings do not yet say whether their event is public: filling them in.`,
  )
  await refreshScreeningVisibility(payload)
}
