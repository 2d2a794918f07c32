import type { CollectionSlug, Payload, Where } from 'payload'
import { extractID, type IDLike } from '@/lib/extractID'
import {
  computeInsights,
  type ID,
  type InsightEvent,
  type InsightFilters,
  type InsightRecords,
  type InsightReport,
  type InsightScreening,
} from '@/lib/insights'
import { insightsWords } from '@/lib/insightsText'
import type { Locale } from '@/lib/locales'
import type { Embassy, Event, Report, Screening } from '@/payload-types'

const pageSize = 500

/**
 * Every document of a collection the query matches, a page at a time with only the fields asked
 * for: the archive has thousands, and one unbounded read would hold them all at once twice over.
 * The caller has already decided who may see the figures; this reads as the system.
 */
const readAll = async <T>(
  payload: Payload,
  collection: CollectionSlug,
  select: Record<string, unknown>,
  locale: Locale,
  where?: Where,
): Promise<T[]> => {
  const all: T[] = []
  for (let page = 1; ; page += 1) {
    const result = await payload.find({
      collection,
      where,
      select: select as never,
      depth: 0,
      limit: pageSize,
      page,
      sort: 'id',
      locale,
      overrideAccess: true,
    })
    all.push(...(result.docs as T[]))
    if (!result.hasNextPage) return all
  }
}

/** Documents by ID, a bounded `in` list at a time (SQLite caps the parameters of one statement). */
const readByID = async <T>(
  payload: Payload,
  collection: CollectionSlug,
  ids: ID[],
  select: Record<string, unknown>,
  locale: Locale,
): Promise<T[]> => {
  const unique = [...new Set(ids.map(String))].map((id) => ids.find((value) => String(value) === id)!)
  const all: T[] = []
  for (let start = 0; start < unique.length; start += pageSize) {
    const chunk = unique.slice(start, start + pageSize)
    all.push(...(await readAll<T>(payload, collection, select, locale, { id: { in: chunk } })))
  }
  return all
}

const id = (value: unknown) => extractID(value as IDLike) as ID
const byID = <T extends { id: ID }>(docs: T[]) => new Map(docs.map((doc) => [String(doc.id), doc]))

/**
 * What the figures are computed from: every report past the draft (the counted ones for the figures,
 * the rest to tell which events are still unreported), every event, and the screenings, films and
 * embassies those reports name. Plain reads with `select`, the same on SQLite and MongoDB.
 */
export const readInsightRecords = async (payload: Payload, locale: Locale): Promise<InsightRecords> => {
  const [reports, events, embassies] = await Promise.all([
    readAll<Report>(
      payload,
      'reports',
      {
        title: true,
        slug: true,
        status: true,
        reportedBy: true,
        embassy: true,
        delegation: true,
        event: true,
        screenings: true,
        pressCoverage: true,
        outcomes: true,
        quotes: true,
        photos: true,
        publishedAt: true,
      },
      locale,
      { status: { not_equals: 'draft' } },
    ),
    readAll<Event>(
      payload,
      'events',
      {
        title: true,
        type: true,
        country: true,
        city: true,
        startsOn: true,
        endsOn: true,
        organisingEmbassy: true,
      },
      locale,
    ),
    readAll<Embassy>(payload, 'embassies', { name: true, country: true }, locale),
  ])
  const screeningIDs = reports.flatMap((report) =>
    (report.screenings ?? []).map((row: { screening: unknown }) => id(row.screening)),
  )
  const screenings = await readByID<Screening>(
    payload,
    'screenings',
    screeningIDs.filter((value) => value !== undefined),
    { event: true, film: true, startsAt: true, status: true, venue: { city: true } },
    locale,
  )
  const films = await readByID<{ id: ID; title: string }>(
    payload,
    'films',
    screenings.map((screening) => id(screening.film)),
    { title: true },
    locale,
  )
  return {
    reports: reports.map((report): InsightReport => ({
      id: report.id,
      title: report.title ?? '',
      slug: report.slug,
      status: report.status ?? 'draft',
      reportedBy: report.reportedBy,
      embassy: id(report.embassy),
      delegation: report.delegation,
      event: id(report.event),
      screenings: (report.screenings ?? []).map(
        (row: { screening: unknown; attendance?: number | null }) => ({
          screening: id(row.screening),
          attendance: row.attendance,
        }),
      ),
      pressCoverage: report.pressCoverage ?? [],
      outcomes: report.outcomes ?? [],
      quotes: report.quotes ?? [],
      photos: (report.photos ?? []).map(id),
      publishedAt: report.publishedAt,
    })),
    events: byID(
      events.map((event): InsightEvent => ({
        id: event.id,
        title: event.title ?? '',
        type: event.type,
        country: event.country,
        city: event.city ?? '',
        startsOn: event.startsOn,
        endsOn: event.endsOn,
        organisingEmbassy: id(event.organisingEmbassy),
      })),
    ),
    screenings: byID(
      screenings.map((screening): InsightScreening => ({
        id: screening.id,
        event: id(screening.event),
        film: id(screening.film),
        startsAt: screening.startsAt,
        status: screening.status,
        city: screening.venue?.city,
      })),
    ),
    films: byID(films.map((film) => ({ id: film.id, title: film.title ?? '' }))),
    embassies: byID(
      embassies.map((embassy) => ({ id: embassy.id, name: embassy.name ?? '', country: embassy.country })),
    ),
    ministry: insightsWords[locale].ministry,
  }
}

/** The figures under the filters, read afresh: the view, the exports and the annual report share it. */
export const queryInsights = async (payload: Payload, filters: InsightFilters, locale: Locale) =>
  computeInsights(await readInsightRecords(payload, locale), filters)
