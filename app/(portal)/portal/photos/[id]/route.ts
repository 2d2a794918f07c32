import { readStoredImage } from '@/config/readStoredImage'
import { portalRoute } from '@/auth/portalRoute'

/**
 * An embassy's own photo, for the report form: until a report is published its photos are not
 * public, and the portal's session is not Payload's, so the portal serves them itself.
 */
export const GET = portalRoute<{ id: string }>(async ({ payload, user }, { id }) => {
  const photo = await payload.findByID({
    collection: 'media',
    id,
    depth: 0,
    user,
    overrideAccess: false,
    disableErrors: true,
  })
  const file = photo?.sizes?.card?.filename ?? photo?.filename
  if (!photo || !file) return new Response('Not found', { status: 404 })
  const bytes = await readStoredImage(file)
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type':
        (photo.sizes?.card?.filename ? photo.sizes.card.mimeType : photo.mimeType) ??
        'application/octet-stream',
      'Cache-Control': 'private, max-age=300',
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': 'inline',
    },
  })
})
