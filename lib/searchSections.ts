import { countryName, isCountryCode } from './countries'
import { locales } from './locales'
import type { SearchSections } from './searchText'

/** The collections the public site searches. */
export const searchedCollections = ['films', 'events', 'reports'] as const
export type SearchedCollection = (typeof searchedCollections)[number]

type Doc = Record<string, unknown>

/** Every language's value of a field: a plain value, or the `{ kk, ru, en }` the database holds. */
const everyLanguage = (value: unknown): unknown[] => {
  if (value === null || value === undefined) return []
  if (Array.isArray(value)) return value.flatMap(everyLanguage)
  if (typeof value === 'object') return Object.values(value).flatMap(everyLanguage)
  return [value]
}

const rows = (value: unknown): Doc[] => (Array.isArray(value) ? (value as Doc[]) : [])

/** The named fields of every row of an array field. */
const fromRows = (value: unknown, ...fields: string[]): unknown[] =>
  rows(value).flatMap((row) => fields.flatMap((field) => everyLanguage(row[field])))

// The hook runs beside validation, so the code may still be one that validation will refuse.
const countryNames = (code: unknown): string[] =>
  isCountryCode(code) ? locales.map((locale) => countryName(code, locale)) : []

/**
 * What each collection is found by, from a document holding every language: names, titles, places
 * and short texts. Only what the public may read of a published document: never a film's licences
 * nor a report's review history. Long texts (synopses, bodies) are left out: they would make every
 * search scan pages of prose for words readers rarely look up, and a passing mention of a city in a
 * synopsis is not what someone searching for that city wants first.
 */
export const searchSectionsOf: Record<SearchedCollection, (doc: Doc) => SearchSections> = {
  films: (doc) => ({
    title: everyLanguage(doc.title),
    originalTitle: everyLanguage(doc.originalTitle),
    other: [
      ...everyLanguage(doc.directors),
      ...fromRows(doc.cast, 'name'),
      doc.year,
      ...everyLanguage(doc.rightsHolder),
      ...fromRows(doc.coProductionPartners, 'name'),
      ...fromRows(doc.awards, 'festival'),
    ],
  }),
  events: (doc) => ({
    title: everyLanguage(doc.title),
    originalTitle: [],
    other: [
      ...everyLanguage(doc.city),
      ...countryNames(doc.country),
      ...everyLanguage(doc.summary),
      ...fromRows(doc.partners, 'name'),
      ...fromRows(doc.venues, 'name', 'city'),
    ],
  }),
  reports: (doc) => ({
    title: everyLanguage(doc.title),
    originalTitle: [],
    other: [
      ...fromRows(doc.guests, 'name'),
      ...fromRows(doc.partners, 'name'),
      ...fromRows(doc.quotes, 'person'),
      ...fromRows(doc.pressCoverage, 'outlet', 'headline'),
      ...fromRows(doc.outcomes, 'counterpart'),
    ],
  }),
}

/** The fields `searchSectionsOf` reads, for reads that fetch only those (the reindex). */
export const searchSourceFields: Record<SearchedCollection, string[]> = {
  films: [
    'title',
    'originalTitle',
    'directors',
    'cast',
    'year',
    'rightsHolder',
    'coProductionPartners',
    'awards',
  ],
  events: ['title', 'city', 'country', 'summary', 'partners', 'venues'],
  reports: ['title', 'guests', 'partners', 'quotes', 'pressCoverage', 'outcomes'],
}
