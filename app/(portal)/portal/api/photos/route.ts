import { APIError } from 'payload'
import { ruleMessage } from '@/i18n/ruleMessage'
import { json, portalRoute } from '@/auth/portalRoute'
import { maxUploadBytes } from '@/hooks/limitUploadSize'
import { largestFormBytes } from '@/lib/apiRequestGuard'
import { describeBytes, readBodyUpTo } from '@/lib/boundedBody'

/** A photo for a report, with its alt text and credit; private to the embassy until published. */
export const POST = portalRoute(async ({ request, payload, user, locale, formLanguage }) => {
  // Read no further than the largest photo and its fields: a larger body is cut off where it passes that.
  const body = await readBodyUpTo(request, largestFormBytes)
  if (!body)
    throw new APIError(
      ruleMessage(formLanguage, 'photoTooLarge', { limit: describeBytes(maxUploadBytes) }),
      413,
      undefined,
      true,
    )
  const form = await new Response(body, {
    headers: { 'content-type': request.headers.get('content-type') ?? '' },
  })
    .formData()
    .catch(() => {
      throw new APIError(ruleMessage(formLanguage, 'photoAsForm'), 400, undefined, true)
    })
  const file = form.get('file')
  if (!(file instanceof File) || file.size === 0)
    throw new APIError(
      ruleMessage(formLanguage, 'choosePhoto'),
      400,
      { errors: [{ path: 'file', message: ruleMessage(formLanguage, 'choosePhoto') }] },
      true,
    )
  const photo = await payload.create({
    collection: 'media',
    data: { alt: String(form.get('alt') ?? ''), credit: String(form.get('credit') ?? '') || null },
    file: {
      data: Buffer.from(await file.arrayBuffer()),
      mimetype: file.type,
      name: file.name,
      size: file.size,
    },
    locale,
    req: { ...formLanguage },
    user,
    overrideAccess: false,
    depth: 0,
  })
  return json({ id: photo.id, alt: photo.alt, credit: photo.credit, src: `/portal/photos/${photo.id}` }, 201)
})
