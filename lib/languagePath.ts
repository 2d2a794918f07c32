/**
 * The address of the page at `pathname` (with its query `search`) in another language, keeping the
 * reader's filters. A list rendered for a query is served from an internal path
 * (/{locale}/_lists/{list}/{canonical query}, proxy.ts and config/listPageRewrites.mjs): read back
 * to its public address.
 */
export const pathInLanguage = (pathname: string, search: string, locale: string): string => {
  const [, , ...rest] = pathname.split('/')
  let path = rest.join('/')
  let query = search.replace(/^\?/, '')
  const internal = /^_lists\/([^/]+)\/([^/]+)$/.exec(path)
  if (internal) {
    path = internal[1]
    // While prerendering the route's fallback shell, the segment is Next's placeholder, not a query.
    try {
      query ||= decodeURIComponent(internal[2])
    } catch {}
  }
  return `/${locale}${path ? `/${path}` : ''}${query ? `?${query}` : ''}`
}
