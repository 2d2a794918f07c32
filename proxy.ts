import { NextResponse, type NextRequest } from 'next/server'
import { headersInAdminLanguage } from './lib/adminLanguage'
import { canonicalQuery, type ListName } from './lib/listQuery'

/**
 * Lists and search answer from the page cache, whatever their query string. A page that read
 * `searchParams` would render (and query the database) on every request; instead each canonical
 * query (lib/listQuery.ts) is a path of an internal route, rendered on its first request and kept
 * until a tag it carries is expired (ISR). Readers keep the addresses they share (`?country=BE`).
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl
  if (/^\/admin(\/|$)/.test(pathname)) return withAdminLanguage(request)
  const [, locale, list, internal] = pathname.split('/')
  // The internal routes are reached only through this rewrite, so only canonical queries are cached.
  if (list === '_lists' || internal) return new NextResponse(null, { status: 404 })
  if (searchParams.size === 0) return NextResponse.next()
  const canonical = canonicalQuery(list as ListName, searchParams)
  // A GET form sends every field; the address keeps only what was chosen, as it always has.
  if ([...searchParams.values()].some((value) => value.trim() === '')) {
    const tidy = request.nextUrl.clone()
    tidy.search = canonical
    return NextResponse.redirect(tidy, 303)
  }
  if (!canonical) return NextResponse.next()
  const cached = request.nextUrl.clone()
  cached.pathname = `/${locale}/_lists/${list}/${encodeURIComponent(canonical)}`
  cached.search = ''
  return NextResponse.rewrite(cached)
}

/**
 * The admin answers in the browser's language when no user has chosen one (the `payload-lng`
 * cookie, set at sign-in from the user's working language): Payload's own header parser knows only
 * the languages it ships, so a Kazakh browser would get English. Only the admin's pages pass here:
 * Next buffers a request body that passes a proxy and cuts it at 10 MB, which an upload to /api
 * may exceed; the API gets the same choice in lib/apiRequestGuard.ts.
 */
function withAdminLanguage(request: NextRequest) {
  const headers = headersInAdminLanguage(request.headers)
  return headers ? NextResponse.next({ request: { headers } }) : NextResponse.next()
}

export const config = {
  // Narrow on purpose: every other address (the API, the portal, the site's pages) never passes here.
  matcher: [
    '/:locale(kk|ru|en)/:list(events|films|reports|search)',
    '/:locale(kk|ru|en)/_lists/:path*',
    '/admin/:path*',
  ],
}
