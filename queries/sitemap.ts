import { cacheTag } from '@/lib/cacheTags'
import { cachedQuery } from './cachedQuery'
import { countPublished, publishedPages } from './published'

/** The kinds of document page the site map lists, each in parts of its own. */
export const sitemapKinds = ['events', 'films', 'reports'] as const
export type SitemapKind = (typeof sitemapKinds)[number]

/**
 * Documents per part of the site map. Each is listed in three languages, each naming the others
 * and x-default, so a part holds at most 750 URLs (the protocol allows 50,000), about 500 KB. One
 * file of the whole archive (28,500 URLs, some 18 MB) was sent 2 to 21 times a second at most.
 */
export const documentsPerSitemap = 250

/** How many published documents of a kind there are: how many parts its site map has. */
export const queryPublishedCount = cachedQuery(
  'published-count',
  (kind: SitemapKind) => countPublished(kind),
  (kind) => [cacheTag[kind]],
)

/**
 * One part of a kind's site map: its published pages in the order they were created (by ID, which
 * only grows), so a new document lands in the last part and the others keep their pages.
 */
export const querySitemapPart = cachedQuery(
  'sitemap-part',
  (kind: SitemapKind, index: number) => publishedPages(kind, { page: index + 1, limit: documentsPerSitemap }),
  (kind) => [cacheTag[kind]],
)

/** The parts' names, `pages` then `events-0`, `events-1`…, for so many published documents of each kind. */
export const sitemapPartNames = (
  counts: Record<SitemapKind, number>,
  perPart: number = documentsPerSitemap,
): string[] => [
  'pages',
  // A kind with nothing published has no part: an empty file would only be fetched in vain.
  ...sitemapKinds.flatMap((kind) =>
    Array.from({ length: Math.ceil(counts[kind] / perPart) }, (_, index) => `${kind}-${index}`),
  ),
]

/** The parts as the site has them now: what /sitemap.xml lists and `generateSitemaps` answers. */
export const sitemapParts = async (): Promise<string[]> => {
  const counts = await Promise.all(sitemapKinds.map((kind) => queryPublishedCount(kind)))
  return sitemapPartNames(
    Object.fromEntries(sitemapKinds.map((kind, i) => [kind, counts[i]])) as Record<SitemapKind, number>,
  )
}

/** `films-3` → the films' fourth part; anything else → null. */
export const parseSitemapPart = (id: string): { kind: SitemapKind; index: number } | null => {
  const match = /^([a-z]+)-(\d{1,6})$/.exec(id)
  const kind = sitemapKinds.find((name) => name === match?.[1])
  return kind && match ? { kind, index: Number(match[2]) } : null
}
