import type { Locale } from './locales'
import { canonicalQuery, listFilters, type ListName } from './listQuery'

const isCanonical = (list: ListName, query: string) =>
  query !== '' && canonicalQuery(list, new URLSearchParams(query)) === query

/**
 * The filters of an internal list route's path segment (proxy.ts writes it, and
 * config/listPageRewrites.mjs for a page alone), or null when the segment is not a canonical
 * query: such a path was written by neither and is not served.
 * The segment may reach the page decoded or not (and the build renders it with a placeholder).
 */
export const filtersOfPath = (list: ListName, segment: string): Record<string, string> | null => {
  if (isCanonical(list, segment)) return listFilters(list, segment)
  try {
    const decoded = decodeURIComponent(segment)
    return isCanonical(list, decoded) ? listFilters(list, decoded) : null
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
