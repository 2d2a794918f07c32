import { json, portalRoute } from '@/auth/portalRoute'
import { readJSON } from '@/auth/readJSON'
import { asDocumentID } from '@/lib/extractID'

/** Starts a draft report on one of the embassy's events; the embassy is the user's own (a hook). */
export const POST = portalRoute(async ({ request, payload, user, embassy, locale, formLanguage }) => {
  const { event, title } = await readJSON<{ event?: string | number; title?: string }>(request)
  const report = await payload.create({
    collection: 'reports',
    data: {
      event: asDocumentID(event, payload.db.defaultIDType) as number,
      embassy: embassy.id,
      title: title ?? '',
      writtenIn: locale,
      status: 'draft',
    },
    locale,
    req: { ...formLanguage },
    user,
    overrideAccess: false,
    depth: 0,
  })
  return json({ id: report.id }, 201)
})
