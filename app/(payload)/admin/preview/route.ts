import { cookies, draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { secureCookies } from '@/config/env'
import { isLocale, type Locale } from '@/lib/locales'
import { cms } from '@/queries/payload'
import { previewCookie, previewCookieValue } from '@/queries/preview'

export const dynamic = 'force-dynamic'

/** The collections whose documents have a public page, at /{locale}/{collection}/{slug}. */
const withPages = ['events', 'films', 'reports'] as const
type WithPage = (typeof withPages)[number]
const isWithPage = (value: unknown): value is WithPage => withPages.includes(value as WithPage)

const refusal = (status: number, message: string) =>
  new Response(message, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * /admin/preview?collection=events&id=12&locale=ru: the document's public page as it will look,
 * its newest draft included (Next's draft mode; queries/published.ts then reads that document, and
 * an event's screenings, as this user; everything else on the site stays the public's). Only a signed-in user who may read the document gets there; the pages check
 * the session again on every request. `?exit=1&locale=ru` ends the preview.
 * As in Payload's website template (app/(frontend)/next/preview/route.ts), without its shared
 * secret: the admin's own session, checked here and on each page, is the key.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const locale: Locale = isLocale(params.get('locale')) ? (params.get('locale') as Locale) : 'en'
  const draft = await draftMode()
  const jar = await cookies()
  if (params.has('exit')) {
    draft.disable()
    jar.delete(previewCookie)
    redirect(`/${locale}`)
  }
  // Only from the admin itself (or an address typed in): a link on another site must not switch a
  // signed-in editor's browser into previews (the session cookie is SameSite=Lax, so it would come).
  const site = request.headers.get('sec-fetch-site')
  if (site && site !== 'same-origin' && site !== 'none')
    return refusal(403, 'Open the preview from the admin.')
  const collection = params.get('collection')
  const id = params.get('id')?.match(/^[\w-]{1,64}$/)?.[0]
  if (!isWithPage(collection) || !id) return refusal(400, 'Name a document: ?collection=events&id=…')
  const payload = await cms()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return refusal(401, 'Sign in to the admin to preview.')
  const doc = await payload
    .findByID({
      collection,
      id,
      draft: true,
      overrideAccess: false,
      user,
      depth: 0,
      locale,
      select: { slug: true },
      disableErrors: true,
    })
    .catch(() => null)
  if (!doc?.slug) return refusal(404, 'No such document, or not one you may read.')
  draft.enable()
  // Which document: only it is read as a draft (queries/preview.ts); the rest of the site stays the
  // public's. The session decides who may see it, on every request; this only says what.
  jar.set(previewCookie, previewCookieValue({ collection, id, slug: doc.slug }), {
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookies,
    path: '/',
  })
  redirect(`/${locale}/${collection}/${encodeURIComponent(doc.slug)}`)
}
