import { cache } from 'react'
import type { Where } from 'payload'
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

type ID = number | string
type Rank = { score: number; recency: number }

export type SearchResult = Rank &
  (
    | { kind: 'film'; id: ID; title?: string | null; slug: string; year?: number | null }
    | {
        kind: 'event'
        id: ID
        title?: string | null
        slug: string
        startsOn: string
        endsOn?: string | null
      }
    | { kind: 'report'; id: ID; title?: string | null; slug: string; publishedAt?: string | null }
  )

const time = (date: string | null | undefined) => (date ? Date.parse(date) || 0 : 0)

/** Best score first, then the most recent. */
const byRank = (a: Rank, b: Rank) => b.score - a.score || b.recency - a.recency

/** The best `shown` of the candidates, each with its rank. */
const best = <T extends { id: ID; searchText?: string | null }>(
  docs: T[],
  words: string[],
  recency: (doc: T) => number,
) =>
  new Map(
    docs
      .map((doc) => ({
        id: String(doc.id),
        score: searchScore(doc.searchText, words),
        recency: recency(doc),
      }))
      .filter((doc) => doc.score > 0)
      .sort(byRank)
      .slice(0, shown)
      .map(({ id, ...rank }) => [id, rank]),
  )

/** The documents in the order of their ranks, each with its rank. */
const inRankOrder = <T extends { id: ID }>(docs: T[], ranks: Map<string, Rank>) =>
  docs.map((doc) => ({ ...doc, ...ranks.get(String(doc.id))! })).sort(byRank)

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
  // First the candidates with only what ranks them (cheap to read however many match, and no count),
  // newest first; `showHiddenFields` reads the search text, which never leaves this function.
  const candidate = { where, overrideAccess: false, showHiddenFields: true, depth: 0, limit: candidates }
  const [films, events, reports] = await Promise.all([
    payload.find({
      ...candidate,
      collection: 'films',
      sort: '-year',
      pagination: false,
      select: { year: true, searchText: true },
    }),
    payload.find({
      ...candidate,
      collection: 'events',
      sort: '-startsOn',
      pagination: false,
      select: { startsOn: true, searchText: true },
    }),
    payload.find({
      ...candidate,
      collection: 'reports',
      sort: '-publishedAt',
      pagination: false,
      select: { publishedAt: true, searchText: true },
    }),
  ])
  const filmRanks = best(films.docs, words, (film) => (film.year ? Date.UTC(film.year, 0, 1) : 0))
  const eventRanks = best(events.docs, words, (event) => time(event.startsOn))
  const reportRanks = best(reports.docs, words, (report) => time(report.publishedAt))
  // Then what the page shows of the best, in the reader's language, with the access rules again.
  const shownOf = (ranks: Map<string, Rank>) => ({
    locale,
    where: { id: { in: [...ranks.keys()] } },
    overrideAccess: false,
    depth: 0,
    limit: shown,
    pagination: false,
  })
  const [filmDocs, eventDocs, reportDocs] = await Promise.all([
    filmRanks.size === 0
      ? { docs: [] }
      : payload.find({
          ...shownOf(filmRanks),
          collection: 'films',
          select: { title: true, slug: true, year: true },
        }),
    eventRanks.size === 0
      ? { docs: [] }
      : payload.find({
          ...shownOf(eventRanks),
          collection: 'events',
          select: { title: true, slug: true, startsOn: true, endsOn: true },
        }),
    reportRanks.size === 0
      ? { docs: [] }
      : payload.find({
          ...shownOf(reportRanks),
          collection: 'reports',
          select: { title: true, slug: true, publishedAt: true },
        }),
  ])
  const ranked = {
    films: inRankOrder(filmDocs.docs, filmRanks),
    events: inRankOrder(eventDocs.docs, eventRanks),
    reports: inRankOrder(reportDocs.docs, reportRanks),
  }
  const results: SearchResult[] = [
    ...ranked.films.map((film) => ({ ...film, kind: 'film' as const, slug: film.slug ?? '' })),
    ...ranked.events.map((event) => ({ ...event, kind: 'event' as const, slug: event.slug ?? '' })),
    ...ranked.reports.map((report) => ({ ...report, kind: 'report' as const, slug: report.slug ?? '' })),
  ].sort(byRank)
  return { ...ranked, results }
})
