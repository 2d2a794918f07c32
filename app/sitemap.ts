import type { MetadataRoute } from 'next'
import { alternates } from '@/lib/alternates'
import { locales } from '@/lib/locales'
import { queryPublishedEventPages } from '@/queries/events'
import { queryFigures } from '@/queries/figures'
import { queryPublishedFilmPages } from '@/queries/films'
import { queryPublishedReportPages } from '@/queries/reports'

export const revalidate = 3600

type Page = { path: string; updatedAt?: string }

/**
 * Every published page in every language, each listing its other languages and, for a document's
 * page, when it last changed (`lastmod`), so crawlers come back for what changed and not the rest.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [events, films, reports, figures] = await Promise.all([
    queryPublishedEventPages(),
    queryPublishedFilmPages(),
    queryPublishedReportPages(),
    queryFigures(),
  ])
  const under = (section: string, pages: { slug: string; updatedAt?: string }[]): Page[] =>
    pages.map(({ slug, updatedAt }) => ({ path: `/${section}/${slug}`, updatedAt }))
  const pages: Page[] = [
    { path: '' },
    { path: '/events' },
    { path: '/films' },
    ...under('events', events),
    ...under('films', films),
    ...under('reports', reports),
    ...Object.keys(figures.eventsPerCountry).map((code) => ({ path: `/countries/${code.toLowerCase()}` })),
  ]
  return pages.flatMap(({ path, updatedAt }) =>
    locales.map((locale) => {
      const { canonical, languages } = alternates(locale, path)
      return { url: canonical, alternates: { languages }, ...(updatedAt ? { lastModified: updatedAt } : {}) }
    }),
  )
}
