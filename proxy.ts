import { NextResponse, type NextRequest } from 'next/server'
import { headersInAdminLanguage } from './lib/adminLanguage'
import { canonicalQuery, type ListName } from './lib/listQuery'
import { isLocale } from './lib/locales'
import { preferredLocale } from './lib/preferredLocale'

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
  if (!isLocale(locale)) return inUnknownLanguage(request)
  // The internal routes are reached only through this rewrite and the router's for a page alone
  // or a plain search (config/listPageRewrites.mjs), which run after this, so only canonical
  // queries are cached.
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
 * An address under no language of the site (/de/events, /xx) is a 404 page like any other, said in
 * the language the browser asks for: rewritten to a path of that language that no page has, so the
 * site's own not-found (app/(site)/[locale]/(pages)/not-found.tsx) answers, with its status.
 */
function inUnknownLanguage(request: NextRequest) {
  const missing = request.nextUrl.clone()
  missing.pathname = `/${preferredLocale(request.headers.get('accept-language'))}/_unknown-language`
  missing.search = ''
  return NextResponse.rewrite(missing, { headers: { Vary: 'Accept-Language' } })
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
  // A list passes only with a parameter it knows (lib/listQuery.ts, `listParameters`; Next reads
  // this config without running it, so the names are written out literally): without one the
  // proxy only passed the request on, and the plain lists, the addresses readers open most, paid
  // for running it on every request (issue 10's benchmark: lists at 55-58% of the floor, pages
  // that never pass here at 90-107%). Next matches a parameter only when it has a value: a form
  // sent with nothing chosen (`?when=&country=`) shows the whole list at that address, untidied.
  matcher: [
    {
      source: '/:locale(kk|ru|en)/:list(events|films|reports|search)',
      has: [{ type: 'query', key: 'when' }],
    },
    {
      source: '/:locale(kk|ru|en)/:list(events|films|reports|search)',
      has: [{ type: 'query', key: 'year' }],
    },
    {
      source: '/:locale(kk|ru|en)/:list(events|films|reports|search)',
      has: [{ type: 'query', key: 'country' }],
    },
    {
      source: '/:locale(kk|ru|en)/:list(events|films|reports|search)',
      has: [{ type: 'query', key: 'type' }],
    },
    {
      // A canonical page number alone is rewritten by Next's router (config/listPageRewrites.mjs);
      // here only a page with a filter (matched above and below) or one to tidy (`02`, `1`).
      source: '/:locale(kk|ru|en)/:list(events|films|reports|search)',
      has: [{ type: 'query', key: 'page', value: '(?!(?:[2-9]|[1-9]\\d|[1-9]\\d\\d|1000)$)[\\s\\S]*' }],
    },
    {
      source: '/:locale(kk|ru|en)/:list(events|films|reports|search)',
      has: [{ type: 'query', key: 'genre' }],
    },
    {
      source: '/:locale(kk|ru|en)/:list(events|films|reports|search)',
      has: [{ type: 'query', key: 'language' }],
    },
    {
      source: '/:locale(kk|ru|en)/:list(events|films|reports|search)',
      has: [{ type: 'query', key: 'subtitles' }],
    },
    {
      // A plain search text (words of letters and digits) is rewritten by Next's router
      // (config/listPageRewrites.mjs, `plainSearchText`); here only one to tidy or to encode.
      source: '/:locale(kk|ru|en)/:list(events|films|reports|search)',
      has: [
        {
          type: 'query',
          key: 'q',
          value: '(?!(?:[0-9A-Za-zЀ-ҁҊ-ӿ](?:[0-9A-Za-zЀ-ҁҊ-ӿ]| (?=[0-9A-Za-zЀ-ҁҊ-ӿ])){1,99})$)[\\s\\S]*',
        },
      ],
    },
    '/:locale(kk|ru|en)/_lists/:path*',
    '/admin/:path*',
    // Any other first segment that is not a file (no dot), nor the API, the portal, the admin, the
    // site map's parts (/sitemaps/sitemap/<part>.xml) or Next's own (a leading underscore):
    // unknown languages, answered above.
    '/((?!(?:kk|ru|en|admin|api|portal|sitemaps)(?:/|$))[^/._][^/.]*(?:/.*)?)',
  ],
}
