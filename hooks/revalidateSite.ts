import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { revalidateTag } from 'next/cache'
import { payloadSecret, serverURL } from '../config/env'
import { deferUntilCommit } from '../config/sqliteClient'
import { isPublicVersion, tagsForChange, type RelatedPages } from '../lib/cacheTags'
import { extractID, type IDLike } from '../lib/extractID'
import { maxTagsPerRequest, revalidationToken } from '../lib/revalidation'

type Doc = Record<string, unknown>
type Logger = { warn: (msg: string) => void }

/** The server's own address: where `next start` listens, else the configured public one. */
const ownAddresses = () =>
  [process.env.PORT && `http://localhost:${process.env.PORT}`, serverURL].filter(Boolean) as string[]

/**
 * Expired, not marked stale: the next reader gets the page rebuilt from the committed change, not
 * the old one while it rebuilds (Next 16's `revalidateTag(tag, 'max')`), so an edit shows at once.
 */
export const expireTags = (tags: string[]) => {
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
}

/**
 * Outside a request (the job queue publishing on schedule, a script) Next cannot expire tags; the
 * server is asked to do it in a request (endpoints/revalidateSite.ts); only the server holds the key.
 */
const expireThroughServer = async (tags: string[], logger: Logger) => {
  for (let start = 0; start < tags.length; start += maxTagsPerRequest)
    await askServer(tags.slice(start, start + maxTagsPerRequest), logger)
}

const askServer = async (tags: string[], logger: Logger) => {
  for (const address of new Set(ownAddresses()))
    try {
      const response = await fetch(`${address}/api/revalidate-site`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Revalidate-Token': revalidationToken(payloadSecret()),
        },
        body: JSON.stringify({ tags }),
        signal: AbortSignal.timeout(10_000),
      })
      if (response.ok) return
    } catch {
      // Not listening there: try the next address.
    }
  logger.warn(`Could not refresh the public site: no server answered at ${ownAddresses().join(', ')}`)
}

const slugsOf = (docs: Doc[]) => docs.map((doc) => doc.slug).filter((slug): slug is string => Boolean(slug))

/**
 * Pages that show the document through another's relation: a film's title on the events that list
 * or screen it, an event's title on its report and on the pages of the films it screens, an
 * embassy's name on its events and reports.
 */
const relatedPages = async (collection: string, doc: Doc, req: PayloadRequest): Promise<RelatedPages> => {
  const common = { req, overrideAccess: true, depth: 0, pagination: false } as const
  const id = doc.id as number | string
  if (collection === 'films') {
    const [events, screenings] = await Promise.all([
      req.payload.find({
        ...common,
        collection: 'events',
        where: { films: { in: [id] } },
        select: { slug: true },
      }),
      req.payload.find({
        ...common,
        collection: 'screenings',
        where: { film: { equals: id } },
        select: { event: true },
      }),
    ])
    return {
      eventSlugs: slugsOf(events.docs),
      eventIDs: [...new Set(screenings.docs.map((screening) => screening.event as number | string))],
    }
  }
  if (collection === 'events') {
    const [reports, screenings] = await Promise.all([
      req.payload.find({
        ...common,
        collection: 'reports',
        where: { event: { equals: id } },
        select: { slug: true },
      }),
      req.payload.find({
        ...common,
        collection: 'screenings',
        where: { event: { equals: id } },
        select: { film: true },
      }),
    ])
    return {
      reportSlugs: slugsOf(reports.docs),
      filmIDs: [...new Set(screenings.docs.map((screening) => extractID(screening.film as IDLike)))],
    }
  }
  if (collection === 'embassies') {
    const [events, reports] = await Promise.all([
      req.payload.find({
        ...common,
        collection: 'events',
        where: { organisingEmbassy: { equals: id } },
        select: { slug: true },
      }),
      req.payload.find({
        ...common,
        collection: 'reports',
        where: { embassy: { equals: id } },
        select: { slug: true },
      }),
    ])
    return { eventSlugs: slugsOf(events.docs), reportSlugs: slugsOf(reports.docs) }
  }
  return {}
}

/**
 * Public pages and data are cached by tag (lib/cacheTags.ts); a change expires only the tags of
 * what shows it, after the change is committed (a page rebuilt before would cache the old state).
 * Seeds and tests run outside a request and say so with `context.disableRevalidate`.
 */
const refreshPublicSite = async (
  collection: string,
  doc: Doc | undefined,
  previousDoc: Doc | undefined,
  context: Record<string, unknown>,
  req: PayloadRequest,
) => {
  // A change the public never saw and still cannot see (an embassy's draft being typed, saved every
  // second) leaves the cached site alone, without even looking up related pages.
  if (context.disableRevalidate || (!isPublicVersion(doc) && !isPublicVersion(previousDoc))) return
  const related = await relatedPages(collection, (doc ?? previousDoc)!, req)
  const tags = tagsForChange({ collection, doc, previousDoc, related })
  if (tags.length === 0) return
  // A change the Local API makes (the job queue, a script, a portal route) may run outside the
  // request Next knows of, where expiring is refused or silently lost: the server does it.
  const inRequest = req.payloadAPI !== 'local'
  const expire = () => {
    if (inRequest)
      try {
        expireTags(tags)
        return
      } catch {
        // Not in a request after all: ask the server below.
      }
    void expireThroughServer(tags, req.payload.logger)
  }
  // On SQLite at the commit itself; elsewhere (MongoDB) now, and again a moment later for a reader
  // who rebuilt a page between this call and the end of the transaction.
  if (deferUntilCommit(expire)) return
  expire()
  setTimeout(() => void expireThroughServer(tags, req.payload.logger), 1000).unref()
}

export const revalidateSiteAfterChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  context,
  req,
}) => {
  await refreshPublicSite(collection.slug, doc, previousDoc, context, req)
  return doc
}

export const revalidateSiteAfterDelete: CollectionAfterDeleteHook = async ({
  collection,
  doc,
  context,
  req,
}) => {
  await refreshPublicSite(collection.slug, undefined, doc, context, req)
  return doc
}
