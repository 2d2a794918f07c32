import type { MetadataRoute } from 'next'
import { alternates } from '@/lib/alternates'
import { locales } from '@/lib/locales'
import { queryPublishedEventSlugs } from '@/queries/events'
import { queryFigures } from '@/queries/figures'
import { queryFilmSlugs } from '@/queries/films'
import { queryPublishedReportSlugs } from '@/queries/reports'

export const revalidate = 3600

/** Every published page in every language, each listing its other languages. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [events, films, reports, figures] = await Promise.all([
    queryPublishedEventSlugs(),
    queryFilmSlugs(),
    queryPublishedReportSlugs(),
    queryFigures(),
  ])
  const paths = [
    '',
    '/events',
    '/films',
    ...events.map((slug) => `/events/${slug}`),
    ...films.map((slug) => `/films/${slug}`),
    ...reports.map((slug) => `/reports/${slug}`),
    ...Object.keys(figures.eventsPerCountry).map((code) => `/countries/${code.toLowerCase()}`),
  ]
  return paths.flatMap((path) =>
    locales.map((locale) => {
      const { canonical, languages } = alternates(locale, path)
      return { url: canonical, alternates: { languages } }
    }),
  )
}
