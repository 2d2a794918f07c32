import { canonicalQuery, listFilters, type ListName } from './listQuery'

/**
 * The filters of an internal list route's path segment (proxy.ts writes it), or null when the
 * segment is not a canonical query: such a path was not made by the proxy and is not served.
 */
export const filtersOfPath = (list: ListName, segment: string): Record<string, string> | null => {
  const query = decodeURIComponent(segment)
  return query && canonicalQuery(list, new URLSearchParams(query)) === query ? listFilters(list, query) : null
}
