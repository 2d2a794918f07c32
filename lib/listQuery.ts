import { isCountryCode } from './countries'
import { isLanguageCode } from './languages'
import { eventTypes, genres } from './vocabulary'

/**
 * A list's or search's query string in its one canonical form: known parameters only, each valid
 * or dropped, in a fixed order, the last of repeated ones (as Next's router reads a query for a
 * rewrite, config/listPageRewrites.mjs), search text trimmed and capped. The proxy (proxy.ts) and
 * that rewrite send every address of one list to one cached page under this form, so a reader
 * adding `?utm=…` or reordering filters reads the same cache entry and nobody can fill the cache
 * with variants of a list. Pure: the proxy and the pages share it.
 */

type Rule = (value: string) => string | undefined

const oneOf =
  (values: string[]): Rule =>
  (value) =>
    values.includes(value) ? value : undefined

const wholeNumber =
  (min: number, max: number): Rule =>
  (value) =>
    /^\d{1,4}$/.test(value) && Number(value) >= min && Number(value) <= max
      ? String(Number(value))
      : undefined

const valuesOf = (list: { value: string }[]) => list.map((item) => item.value)

/** The longest search the site answers; the search box says the same (maxLength). */
export const maxSearchLength = 100

const searchText: Rule = (value) => {
  const text = value.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, maxSearchLength).trim()
  return text.length >= 2 ? text : undefined
}

/** Each list's parameters, in the order the canonical form writes them (the order its form sends them). */
export const listParameters = {
  events: {
    when: oneOf(['upcoming', 'past']),
    year: wholeNumber(1900, 2100),
    country: (value: string) => (isCountryCode(value) ? value : undefined),
    type: oneOf(valuesOf(eventTypes)),
    // Page 1 is the list without `page`.
    page: wholeNumber(2, 1000),
  },
  films: {
    genre: oneOf(valuesOf(genres)),
    year: wholeNumber(1800, 2100),
    language: (value: string) => (isLanguageCode(value) ? value : undefined),
    subtitles: (value: string) => (isLanguageCode(value) ? value : undefined),
    // The archive runs to hundreds of pages of 24; page 1 is the list without `page`.
    page: wholeNumber(2, 1000),
  },
  // Published reports, newest first; page 1 is the list without `page`.
  reports: { page: wholeNumber(2, 1000) },
  search: { q: searchText },
} satisfies Record<string, Record<string, Rule>>

export type ListName = keyof typeof listParameters

/** The canonical query string (no leading `?`; empty when nothing valid was asked). */
export const canonicalQuery = (list: ListName, given: URLSearchParams): string => {
  const kept = new URLSearchParams()
  for (const [name, rule] of Object.entries(listParameters[list] as Record<string, Rule>)) {
    const raw = given.getAll(name).at(-1)
    const value = raw === undefined ? undefined : rule(raw)
    if (value !== undefined) kept.set(name, value)
  }
  return kept.toString()
}

/** The parameters of a canonical query string, as the page reads them back from its path. */
export const listFilters = (list: ListName, canonical: string): Record<string, string> =>
  Object.fromEntries(new URLSearchParams(canonicalQuery(list, new URLSearchParams(canonical))))
