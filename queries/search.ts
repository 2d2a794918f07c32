import { cache } from 'react'
import type { Where } from 'payload'
import type { Event, Film, Report } from '@/payload-types'
import type { Locale } from '@/lib/locales'
import { searchScore } from '@/lib/searchRank'
import { searchWords } from '@/lib/searchText'
import { cms } from './payload'

/** How many matches of each kind are ranked: the most recent ones, when a word is very common. */
const candidates = 100
/** How many of each kind a page shows. */
const shown = 20
/** Words of a query that count; the rest is ignored (a pasted paragraph is not a search). */
const maxWords = 8

type Ranked<T> = T & { score: number; recency: number }

export type SearchResult =
  | { kind: 'film'; id: number | string; title?: string | null; slug: string; year?: number | null }
  | {
      kind: 'event'
      id: number | string
      title?: string | null
      slug: string
      startsOn: string
      endsOn?: string | null
    }
  | { kind: 'report'; id: number | string; title?: string | null; slug: string; publishedAt?: string | null }

const time = (date: string | null | undefined) => (date ? Date.parse(date) || 0 : 0)

/** Best score first, then the most recent. */
const byRank = <T extends { score: number; recency: number }>(a: T, b: T) =>
  b.score - a.score || b.recency - a.recency

/**
 * Published films, events and reports that hold every word of the query in some language and script
 * («амре», "AMRE", "amre" find «Амре»; "myn bala" finds «Мың бала»), best first: a title match over
 * an original title over any other text; a whole word over its start over a part; then the newest.
 * Each list is ranked alone, and `results` ranks them together. Access rules decide what is found.
 */
export const querySearch = cache(async (locale: Locale, q: string) => {
  const words = [...new Set(searchWords(q))].slice(0, maxWords)
  if (words.length === 0) return { films: [], events: [], reports: [], results: [] as SearchResult[] }
  const payload = await cms()
  // The stored words are already normalised, so `like` on them never relies on the database's own
  // case folding (SQLite folds only ASCII, MongoDB uses a regex); the words hold only letters and digits.
  const where: Where = { and: words.map((word) => ({ searchText: { like: word } })) }
  // `showHiddenFields` reads the search text for ranking; it is dropped before anything is returned.
  const common = { locale, where, overrideAccess: false, showHiddenFields: true, depth: 0, limit: candidates }
  const [films, events, reports] = await Promise.all([
    payload.find({
      ...common,
      collection: 'films',
      sort: '-year',
      select: { title: true, slug: true, year: true, searchText: true },
    }),
    payload.find({
      ...common,
      collection: 'events',
      sort: '-startsOn',
      select: { title: true, slug: true, startsOn: true, endsOn: true, searchText: true },
    }),
    payload.find({
      ...common,
      collection: 'reports',
      sort: '-publishedAt',
      select: { title: true, slug: true, publishedAt: true, searchText: true },
    }),
  ])
  const rank = <T extends { searchText?: string | null }>(docs: T[], recency: (doc: T) => number) =>
    docs
      .map(({ searchText, ...doc }) => ({
        ...doc,
        score: searchScore(searchText, words),
        recency: recency(doc as T),
      }))
      .filter((doc) => doc.score > 0)
      .sort(byRank)
      .slice(0, shown)
  const rankedFilms = rank(films.docs as Film[], (film) => (film.year ? Date.UTC(film.year, 0, 1) : 0))
  const rankedEvents = rank(events.docs as Event[], (event) => time(event.startsOn))
  const rankedReports = rank(reports.docs as Report[], (report) => time(report.publishedAt))
  const results: Ranked<SearchResult>[] = [
    ...rankedFilms.map((film) => ({
      kind: 'film' as const,
      id: film.id,
      title: film.title,
      slug: film.slug ?? '',
      year: film.year,
      score: film.score,
      recency: film.recency,
    })),
    ...rankedEvents.map((event) => ({
      kind: 'event' as const,
      id: event.id,
      title: event.title,
      slug: event.slug ?? '',
      startsOn: event.startsOn,
      endsOn: event.endsOn,
      score: event.score,
      recency: event.recency,
    })),
    ...rankedReports.map((report) => ({
      kind: 'report' as const,
      id: report.id,
      title: report.title,
      slug: report.slug ?? '',
      publishedAt: report.publishedAt,
      score: report.score,
      recency: report.recency,
    })),
  ].sort(byRank)
  return { films: rankedFilms, events: rankedEvents, reports: rankedReports, results }
})
