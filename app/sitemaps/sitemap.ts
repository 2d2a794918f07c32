import type { MetadataRoute } from 'next'
import { alternates } from '@/lib/alternates'
import { locales } from '@/lib/locales'
import { queryEventFacets } from '@/queries/events'
import { parseSitemapPart, querySitemapPart, sitemapParts } from '@/queries/sitemap'

// Each part is rendered once, kept, and rebuilt when a tag its data carries is expired (the kind's
// list tag: publishing, changing or removing one of its documents), else at most hourly.
export const revalidate = 3600

/**
 * The site map in parts, at /sitemaps/sitemap/<part>.xml: the site's own pages and countries
 * (`pages`), then each kind of document a bounded page at a time (`events-0`, `films-3`…).
 * /sitemap.xml is their index (app/sitemap.xml/route.ts): Next writes none for `generateSitemaps`.
 * Not app/sitemap.ts: Next registers that at /sitemap.xml whatever it exports, and refuses the
 * index's route there ("Conflicting route and metadata at /sitemap.xml").
 */
export async function generateSitemaps() {
  return (await sitemapParts()).map((id) => ({ id }))
}

type Page = { path: string; updatedAt?: string }

const pagesOf = async (id: string): Promise<Page[]> => {
  if (id === 'pages') {
    const { countries } = await queryEventFacets()
    return [
      { path: '' },
      { path: '/events' },
      { path: '/films' },
      { path: '/reports' },
      { path: '/countries' },
      ...countries.map((code) => ({ path: `/countries/${code.toLowerCase()}` })),
    ]
  }
  // Next answers 404 for a name `generateSitemaps` did not give, before this is called.
  const part = parseSitemapPart(id)
  if (!part) return []
  const pages = await querySitemapPart(part.kind, part.index)
  return pages.map(({ slug, updatedAt }) => ({ path: `/${part.kind}/${slug}`, updatedAt }))
}

/**
 * A part's pages in every language, each listing its other languages and, for a document's page,
 * when it last changed (`lastmod`), so crawlers come back for what changed and not the rest.
 */
export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const pages = await pagesOf(await id)
  return pages.flatMap(({ path, updatedAt }) =>
    locales.map((locale) => {
      const { canonical, languages } = alternates(locale, path)
      return { url: canonical, alternates: { languages }, ...(updatedAt ? { lastModified: updatedAt } : {}) }
    }),
  )
}
