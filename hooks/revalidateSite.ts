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

export const revalidateSiteAfterChange: CollectionAfterChangeHook = ({ collection, doc, previousDoc, context, req }) => {
  revalidatePublicSite(collection.slug, [doc?.slug, previousDoc?.slug], context, req.payload.logger)
  return doc
}

export const revalidateSiteAfterDelete: CollectionAfterDeleteHook = ({ collection, doc, context, req }) => {
  revalidatePublicSite(collection.slug, [doc?.slug], context, req.payload.logger)
  return doc
}
