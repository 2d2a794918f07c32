import { cache } from 'react'
import type { Locale } from '@/lib/locales'
import { cms, imageFields } from './payload'

/** Published reports only: the public rule is in access/reports.ts, applied by overrideAccess: false. */
export const queryReportOfEvent = cache(async (locale: Locale, eventID: number | string) => {
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
})

export const queryReportBySlug = cache(async (locale: Locale, slug: string) => {
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
})

export const queryPublishedReportSlugs = async () => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'reports',
    overrideAccess: false,
    depth: 0,
    pagination: false,
    select: { slug: true },
  })
  return docs.map((doc) => doc.slug).filter((slug): slug is string => Boolean(slug))
}

/** Published reports, newest first: the home page and the feed. */
export const queryLatestReports = cache(async (locale: Locale, limit = 20) => {
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
})
