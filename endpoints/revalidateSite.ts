import { revalidatePath } from 'next/cache'
import type { Endpoint } from 'payload'
import { payloadSecret } from '../config/env'
import { isRevalidationToken, isSitePath } from '../lib/revalidation'

/**
 * Refreshes public pages from within a request, where Next allows it. The job queue (scheduled
 * publishing) runs outside one and calls this instead; only the server itself holds the key.
 */
export const revalidateSiteEndpoint: Endpoint = {
  path: '/revalidate-site',
  method: 'post',
  handler: async (req) => {
    if (!isRevalidationToken(req.headers.get('x-revalidate-token'), payloadSecret()))
      return Response.json({ message: 'Not allowed.' }, { status: 403 })
    const body = (await req.json?.().catch(() => null)) as { paths?: unknown } | null
    const paths = Array.isArray(body?.paths) ? body.paths.filter(isSitePath).slice(0, 50) : []
    for (const path of paths) revalidatePath(path)
    revalidatePath('/', 'layout')
    return Response.json({ revalidated: paths.length })
  },
}
