import { extractID, type IDLike } from './extractID'

/**
 * The names under which the public site's cached data and pages are kept, so that a change drops
 * only what shows it (vercel/commerce's "cache by tag, invalidate by tag"). A page address tag
 * (`events/<slug>`) covers that page in every language, found or not: publishing under a slug
 * refreshes the 404 a reader saw there. Relation tags use IDs, which never change.
 */
export const cacheTag = {
  eventPage: (slug: string) => `events/${slug}`,
  filmPage: (slug: string) => `films/${slug}`,
  reportPage: (slug: string) => `reports/${slug}`,
  /** Lists: the events list and its filters, the home page's upcoming events, facets and figures. */
  events: 'events',
  films: 'films',
  reports: 'reports',
  /** Screenings counted or listed across events: the figures, /events.ics. */
  screenings: 'screenings',
  country: (iso: string) => `countries/${iso.toLowerCase()}`,
  screeningsOf: (eventID: IDLike) => `screenings-of:${extractID(eventID)}`,
  eventsOfFilm: (filmID: IDLike) => `events-of-film:${extractID(filmID)}`,
  /** A film's coming screenings (its page lists them with their events' titles and places). */
  screeningsOfFilm: (filmID: IDLike) => `screenings-of-film:${extractID(filmID)}`,
  reportOf: (eventID: IDLike) => `report-of:${extractID(eventID)}`,
  /**
   * Not for expiring: marks data read for a reader's own query (a search), which the cache keeps
   * in memory only (config/cacheHandler.mjs, where the same name is written).
   */
  readerShaped: 'reader-shaped',
} as const

type Doc = Record<string, unknown>

/** Pages that show a document through another one's relation, looked up by the hook before the call. */
export type RelatedPages = {
  eventSlugs?: string[]
  reportSlugs?: string[]
  eventIDs?: IDLike[]
  /** Films an event screens, whose pages list its screenings under its title. */
  filmIDs?: IDLike[]
}

export type Change = {
  collection: string
  doc?: Doc
  previousDoc?: Doc
  related?: RelatedPages
}

/** Whether the public could see this version: drafts of events and unpublished reports are not shown. */
export const isPublicVersion = (doc: Doc | undefined): doc is Doc => {
  if (!doc || Object.keys(doc).length === 0 || doc.deletedAt) return false
  if ('_status' in doc) return doc._status === 'published'
  if ('status' in doc && 'statusHistory' in doc) return doc.status === 'published'
  return true
}

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined)
const ids = (value: unknown): IDLike[] => (Array.isArray(value) ? (value as IDLike[]) : [])

const tagsOfVersion = (collection: string, doc: Doc, related: RelatedPages): (string | undefined)[] => {
  const slug = text(doc.slug)
  const country = text(doc.country)
  const relatedEventPages = (related.eventSlugs ?? []).map(cacheTag.eventPage)
  const relatedReportPages = (related.reportSlugs ?? []).map(cacheTag.reportPage)
  switch (collection) {
    case 'events':
      return [
        slug && cacheTag.eventPage(slug),
        cacheTag.events,
        // Published events' screenings are counted on the home page and listed in /events.ics.
        cacheTag.screenings,
        country && cacheTag.country(country),
        ...ids(doc.films).map(cacheTag.eventsOfFilm),
        ...(related.filmIDs ?? []).map(cacheTag.screeningsOfFilm),
        // Its report's page names the event; the latest reports show its country.
        ...relatedReportPages,
        ...(relatedReportPages.length ? [cacheTag.reports] : []),
      ]
    case 'films':
      return [
        slug && cacheTag.filmPage(slug),
        cacheTag.films,
        // Events that list the film, and events with a screening of it, show its title.
        ...relatedEventPages,
        ...(related.eventIDs ?? []).map(cacheTag.screeningsOf),
      ]
    case 'screenings':
      return [
        doc.event ? cacheTag.screeningsOf(doc.event as IDLike) : undefined,
        doc.film ? cacheTag.screeningsOfFilm(doc.film as IDLike) : undefined,
        cacheTag.screenings,
      ]
    case 'reports':
      return [
        slug && cacheTag.reportPage(slug),
        cacheTag.reports,
        doc.event ? cacheTag.reportOf(doc.event as IDLike) : undefined,
      ]
    case 'embassies':
      // An embassy's name shows on its country's page, its events, its reports and the latest reports.
      return [
        country && cacheTag.country(country),
        ...relatedEventPages,
        ...relatedReportPages,
        ...(relatedReportPages.length ? [cacheTag.reports] : []),
      ]
    default:
      return []
  }
}

/**
 * The cache tags a change touches: those of the version the public saw before and of the version
 * it sees now (so a slug change, a move to another country or an unpublishing refreshes the old
 * places too). A change the public never saw and still cannot see touches nothing.
 */
export const tagsForChange = ({ collection, doc, previousDoc, related = {} }: Change): string[] => {
  const versions = [previousDoc, doc].filter(isPublicVersion)
  const tags = versions.flatMap((version) => tagsOfVersion(collection, version, related))
  return [...new Set(tags.filter((tag): tag is string => Boolean(tag)))]
}
