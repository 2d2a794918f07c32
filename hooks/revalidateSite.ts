import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { revalidatePath } from 'next/cache'

/**
 * Public pages are prerendered; when content changes they are rebuilt on the next request.
 * Seeds and tests run outside a request and say so with `context.disableRevalidate`.
 */
const revalidatePublicSite = (context: Record<string, unknown>, logger: { warn: (msg: string) => void }) => {
  if (context.disableRevalidate) return
  try {
    revalidatePath('/', 'layout')
  } catch (error) {
    logger.warn(`Could not revalidate the public site: ${(error as Error).message}`)
  }
}

export const revalidateSiteAfterChange: CollectionAfterChangeHook = ({ doc, context, req }) => {
  revalidatePublicSite(context, req.payload.logger)
  return doc
}

export const revalidateSiteAfterDelete: CollectionAfterDeleteHook = ({ doc, context, req }) => {
  revalidatePublicSite(context, req.payload.logger)
  return doc
}
