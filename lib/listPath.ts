import { plainSearchText } from '../config/listPageRewrites.mjs'
import type { Locale } from './locales'
import { canonicalQuery, listFilters, listParameters, type ListName } from './listQuery'

const isCanonical = (list: ListName, query: string) =>
  query !== '' && canonicalQuery(list, new URLSearchParams(query)) === query

/** A plain search as Next's router writes it (config/listPageRewrites.mjs): `q=` and the text itself. */
const plainSearch = new RegExp(`^q=(${plainSearchText})$`)

const filtersOf = (list: ListName, query: string): Record<string, string> | null => {
  if (isCanonical(list, query)) return listFilters(list, query)
  const plain = list === 'search' ? plainSearch.exec(query)?.[1] : undefined
  // Canonical as it stands (composed, trimmed): the expression admits nothing else, checked again.
  return plain !== undefined && listParameters.search.q(plain) === plain ? { q: plain } : null
}

/**
 * The filters of an internal list route's path segment (proxy.ts writes it, and
 * config/listPageRewrites.mjs for a page alone or a plain search), or null when the segment is not
 * a canonical query: such a path was written by neither and is not served.
 * The segment may reach the page decoded or not (and the build renders it with a placeholder).
 */
export const filtersOfPath = (list: ListName, segment: string): Record<string, string> | null => {
  const asIs = filtersOf(list, segment)
  if (asIs) return asIs
  try {
    return filtersOf(list, decodeURIComponent(segment))
  } catch {
    return null
  }
}

/**
 * A list's public address for these filters, in the canonical form (page 1 without `page`), so a
 * link the site writes is the very address the proxy caches: no redirect, no second cache entry.
 */
export const listHref = (
  locale: Locale,
  list: ListName,
  filters: Record<string, string | number | undefined>,
): string => {
  const given = new URLSearchParams()
  for (const [name, value] of Object.entries(filters)) if (value !== undefined) given.set(name, String(value))
  const query = canonicalQuery(list, given)
  return `/${locale}/${list}${query ? `?${query}` : ''}`
}
