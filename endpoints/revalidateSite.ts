import type { Endpoint } from 'payload'
import { payloadSecret } from '../config/env'
import { expireTags } from '../hooks/revalidateSite'
import { isCacheTag, isRevalidationToken, maxTagsPerRequest } from '../lib/revalidation'

/**
 * Expires cache tags of the public site from within a request, where Next allows it. The job queue
 * (scheduled publishing) runs outside one and calls this instead; only the server itself holds the key.
 */
export const revalidateSiteEndpoint: Endpoint = {
  path: '/revalidate-site',
  method: 'post',
  handler: async (req) => {
    if (!isRevalidationToken(req.headers.get('x-revalidate-token'), payloadSecret()))
      return Response.json({ message: 'Not allowed.' }, { status: 403 })
    const body = (await req.json?.().catch(() => null)) as { tags?: unknown } | null
    const tags = Array.isArray(body?.tags) ? body.tags.filter(isCacheTag).slice(0, maxTagsPerRequest) : []
    expireTags([...new Set(tags)])
    return Response.json({ revalidated: tags.length })
  },
}
