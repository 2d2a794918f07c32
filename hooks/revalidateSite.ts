import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { revalidatePath } from 'next/cache'
import { locales } from '../lib/locales'

/** Where a document of each public collection has its own page. */
const pagePrefix: Record<string, string> = { events: 'events', films: 'films', reports: 'reports' }

/**
 * Public pages are prerendered; when content changes they are rebuilt on the next request: the
 * document's own page in every language (under its old slug too), and every page that lists it.
 * Seeds and tests run outside a request and say so with `context.disableRevalidate`.
 */
const revalidatePublicSite = (
  collection: string,
  slugs: (string | null | undefined)[],
  context: Record<string, unknown>,
  logger: { warn: (msg: string) => void },
) => {
  if (context.disableRevalidate) return
  try {
    const prefix = pagePrefix[collection]
    if (prefix)
      for (const slug of new Set(slugs.filter(Boolean)))
        for (const locale of locales) revalidatePath(`/${locale}/${prefix}/${slug}`)
    revalidatePath('/', 'layout')
  } catch (error) {
    logger.warn(`Could not revalidate the public site: ${(error as Error).message}`)
  }
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
  revalidatePublicSite(collection.slug, [doc?.slug, previousDoc?.slug], context, req.payload.logger)
  return doc
}

export const revalidateSiteAfterDelete: CollectionAfterDeleteHook = ({ collection, doc, context, req }) => {
  revalidatePublicSite(collection.slug, [doc?.slug], context, req.payload.logger)
  return doc
}
