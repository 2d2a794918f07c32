import { cacheTag } from '@/lib/cacheTags'
import type { Locale } from '@/lib/locales'
import { cachedQuery } from './cachedQuery'
import { querySearch } from './search'

/**
 * Search results kept per language and normalised query (lib/listQuery.ts) until what they list
 * changes, in memory only: readers can make up queries without end (config/cacheHandler.mjs).
 */
export const queryCachedSearch = cachedQuery(
  'search',
  (locale: Locale, q: string) => querySearch(locale, q),
  () => [cacheTag.events, cacheTag.films, cacheTag.reports, cacheTag.readerShaped],
)
