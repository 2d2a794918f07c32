import { cacheTag } from '@/lib/cacheTags'
import type { Locale } from '@/lib/locales'
import { cachedQuery } from './cachedQuery'
import { cms, imageFields } from './payload'

/** Published reports only: the public rule is in access/reports.ts, applied by overrideAccess: false. */
export const queryReportOfEvent = cachedQuery(
  'report-of-event',
  async (locale: Locale, eventID: number | string) => {
    const payload = await cms()
    const { docs } = await payload.find({
      collection: 'reports',
      locale,
      overrideAccess: false,
      depth: 0,
      limit: 1,
      where: { event: { equals: eventID } },
      select: { title: true, slug: true },
    })
    return docs[0] ?? null
  },
  (_locale, eventID) => [cacheTag.reportOf(eventID)],
)

export const queryReportBySlug = cachedQuery(
  'report',
  async (locale: Locale, slug: string) => {
    const payload = await cms()
    const { docs } = await payload.find({
      collection: 'reports',
      locale,
      overrideAccess: false,
      depth: 1,
      limit: 1,
      where: { slug: { equals: slug } },
      select: { statusHistory: false, statusComment: false },
      populate: {
        embassies: { name: true },
        events: { title: true, slug: true, startsOn: true, endsOn: true, city: true, country: true },
        screenings: { label: true },
        media: imageFields,
      },
    })
    return docs[0] ?? null
  },
  (_locale, slug) => [cacheTag.reportPage(slug)],
)

/** Every published report's slug: the site map. */
export const queryPublishedReportSlugs = cachedQuery(
  'report-slugs',
  async () => {
    const payload = await cms()
    const { docs } = await payload.find({
      collection: 'reports',
      overrideAccess: false,
      depth: 0,
      pagination: false,
      select: { slug: true },
    })
    return docs.map((doc) => doc.slug).filter((slug): slug is string => Boolean(slug))
  },
  () => [cacheTag.reports],
)

/** What the build prerenders: the latest few dozen reports; the rest on first request, then kept. */
export const queryPrerenderedReportSlugs = async (latest = 24) => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'reports',
    overrideAccess: false,
    depth: 0,
    limit: latest,
    sort: '-publishedAt',
    select: { slug: true },
  })
  return docs.map((doc) => doc.slug).filter((slug): slug is string => Boolean(slug))
}

/** Published reports, newest first: the home page and the feed. */
export const queryLatestReports = cachedQuery(
  'latest-reports',
  async (locale: Locale, limit: number = 20) => {
    const payload = await cms()
    const { docs } = await payload.find({
      collection: 'reports',
      locale,
      overrideAccess: false,
      depth: 1,
      limit,
      sort: '-publishedAt',
      select: {
        title: true,
        slug: true,
        body: true,
        publishedAt: true,
        embassy: true,
        totalAttendance: true,
        event: true,
      },
      populate: { embassies: { name: true }, events: { country: true } },
    })
    return docs
  },
  () => [cacheTag.reports],
)
