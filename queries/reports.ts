import { cacheTag } from '@/lib/cacheTags'
import type { Locale } from '@/lib/locales'
import { cachedQuery } from './cachedQuery'
import { imageFields } from './payload'
import { findOnePublished, findPublished, publishedSlugs } from './published'

/**
 * An event's published reports (the public rule is in access/reports.ts, applied by overrideAccess:
 * false): its organising embassy's and the ministry's (or a delegation's) may both exist
 * (hooks/refuseSecondReport allows one of each), and the event's page links both.
 */
export const queryReportsOfEvent = cachedQuery(
  'reports-of-event',
  async (locale: Locale, eventID: number | string) => {
    const { docs } = await findPublished({
      collection: 'reports',
      locale,
      depth: 0,
      // Two at most today; a few more would still be one short list.
      limit: 6,
      pagination: false,
      sort: 'createdAt',
      where: { event: { equals: eventID } },
      select: { title: true, slug: true, reportedBy: true },
    })
    return docs
  },
  (_locale, eventID) => [cacheTag.reportOf(eventID)],
)

export const queryReportBySlug = cachedQuery(
  'report',
  async (locale: Locale, slug: string) =>
    findOnePublished(
      {
        collection: 'reports',
        locale,
        depth: 1,
        where: { slug: { equals: slug } },
        select: { statusHistory: false, statusComment: false },
        populate: {
          embassies: { name: true },
          events: { title: true, slug: true, startsOn: true, endsOn: true, city: true, country: true },
          screenings: { label: true },
          media: imageFields,
        },
      },
      { previewOf: { collection: 'reports', slug } },
    ),
  (_locale, slug) => [cacheTag.reportPage(slug)],
)

/** What the build prerenders: the latest few dozen reports; the rest on first request, then kept. */
export const queryPrerenderedReportSlugs = (latest = 24) =>
  publishedSlugs('reports', { latest, sort: '-publishedAt' })

/** Published reports, newest first: the home page and the feed. */
export const queryLatestReports = cachedQuery(
  'latest-reports',
  async (locale: Locale, limit: number = 20) => {
    const { docs } = await findPublished({
      collection: 'reports',
      locale,
      depth: 1,
      limit,
      sort: '-publishedAt',
      select: {
        title: true,
        slug: true,
        body: true,
        publishedAt: true,
        reportedBy: true,
        embassy: true,
        delegation: true,
        totalAttendance: true,
        event: true,
      },
      populate: { embassies: { name: true }, events: { country: true } },
    })
    return docs
  },
  () => [cacheTag.reports],
)

/** Reports a list page shows. */
export const reportsPerPage = 12

/** One page of the published reports, newest first: /{locale}/reports. */
export const queryReportPage = cachedQuery(
  'report-page',
  async (locale: Locale, page: number) =>
    findPublished({
      collection: 'reports',
      locale,
      depth: 1,
      limit: reportsPerPage,
      page,
      sort: '-publishedAt',
      select: {
        title: true,
        slug: true,
        publishedAt: true,
        reportedBy: true,
        embassy: true,
        delegation: true,
        event: true,
      },
      populate: {
        embassies: { name: true },
        events: { title: true, city: true, country: true, startsOn: true, endsOn: true },
      },
    }),
  () => [cacheTag.reports],
)
