import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { revalidatePath } from 'next/cache'
import { payloadSecret, serverURL } from '../config/env'
import { deferUntilCommit } from '../config/sqliteClient'
import { locales } from '../lib/locales'
import { revalidationToken } from '../lib/revalidation'

/** Where a document of each public collection has its own page. */
const pagePrefix: Record<string, string> = { events: 'events', films: 'films', reports: 'reports' }

/** The server's own address: where `next start` listens, else the configured public one. */
const ownAddresses = () =>
  [process.env.PORT && `http://localhost:${process.env.PORT}`, serverURL].filter(Boolean) as string[]

/**
 * Outside a request (the job queue publishing on schedule, a script) Next cannot refresh pages
 * ("revalidatePath can't be called during render"); the server is asked to do it in a request.
 */
const revalidateThroughServer = async (paths: string[], logger: Logger) => {
  for (const address of new Set(ownAddresses()))
    try {
      const response = await fetch(`${address}/api/revalidate-site`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Revalidate-Token': revalidationToken(payloadSecret()),
        },
        body: JSON.stringify({ paths }),
        signal: AbortSignal.timeout(10_000),
      })
      if (response.ok) return
    } catch {
      // Not listening there: try the next address.
    }
  logger.warn(`Could not revalidate the public site: no server answered at ${ownAddresses().join(', ')}`)
}

type Logger = { warn: (msg: string) => void }

/**
 * Public pages are prerendered; when content changes they are rebuilt on the next request: the
 * document's own page in every language (under its old slug too), and every page that lists it.
 * Seeds and tests run outside a request and say so with `context.disableRevalidate`.
 */
const revalidatePublicSite = (
  collection: string,
  slugs: (string | null | undefined)[],
  context: Record<string, unknown>,
  req: PayloadRequest,
) => {
  if (context.disableRevalidate) return
  const prefix = pagePrefix[collection]
  const paths = prefix
    ? [...new Set(slugs.filter(Boolean))].flatMap((slug) =>
        locales.map((locale) => `/${locale}/${prefix}/${slug}`),
      )
    : []
  // A change the Local API makes (the job queue, a script, a portal route) may run outside the
  // request Next knows of, where refreshing is refused or silently lost.
  if (req.payloadAPI !== 'local')
    try {
      for (const path of paths) revalidatePath(path)
      revalidatePath('/', 'layout')
      return
    } catch {
      // Not in a request after all: ask the server below.
    }
  // After the change is committed (a page rebuilt before would cache the old state): on SQLite at
  // the commit itself; elsewhere a moment later, as the transaction ends when its hooks return.
  const ask = () => void revalidateThroughServer(paths, req.payload.logger)
  if (!deferUntilCommit(ask)) setTimeout(ask, 1000).unref()
}

/** Whether the public could see this document: drafts of events and unpublished reports are not shown. */
const isPublic = (doc: Record<string, unknown> | undefined): boolean => {
  if (!doc || doc.deletedAt) return false
  if ('_status' in doc) return doc._status === 'published'
  if ('status' in doc && 'statusHistory' in doc) return doc.status === 'published'
  return true
}

/**
 * A change the public never saw and still cannot see (an embassy's draft being typed, saved every
 * second) leaves the cached site alone; rebuilding it on each keystroke would slow every reader.
 */
export const revalidateSiteAfterChange: CollectionAfterChangeHook = ({
  collection,
  doc,
  previousDoc,
  context,
  req,
}) => {
  const previous = previousDoc && Object.keys(previousDoc).length ? previousDoc : undefined
  if (!isPublic(doc) && !isPublic(previous)) return doc
  revalidatePublicSite(collection.slug, [doc?.slug, previousDoc?.slug], context, req)
  return doc
}

export const revalidateSiteAfterDelete: CollectionAfterDeleteHook = ({ collection, doc, context, req }) => {
  revalidatePublicSite(collection.slug, [doc?.slug], context, req)
  return doc
}
