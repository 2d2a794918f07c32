import type { Locale } from './locales'
import { plainMessages, translator, type Catalogue } from './messages'

// Words of the public site, from the `site` namespace of messages/{kk,ru,en}.json. Content comes
// from the CMS; these are the frame. The shape is the one pages used before the catalogue existed.
type Figure = keyof Catalogue['site']['figureOf']

const wordsIn = (locale: Locale) => {
  const t = translator(locale, 'site')
  const plain = plainMessages(locale, 'site')
  return {
    ...plain,
    mapCountry: (country: string, n: number) => t('mapCountry', { country, n }),
    /** The word under a home figure, agreeing with its number (3 страны, 5 стран). */
    figureOf: (figure: Figure, n: number) => t(`figureOf.${figure}`, { n }),
    // A year is a name, not a quantity: passed as text so it is never written "2,025".
    figuresSince: (year: number) => t('figuresSince', { year: String(year) }),
    searchResults: (q: string) => t('searchResults', { q }),
    eventsIn: (country: string) => t('eventsIn', { country }),
    runtime: (minutes: number) => t('runtime', { minutes }),
    awardResult: plain.awardResult as Record<string, string>,
    venueTimeNote: (city: string) => t('venueTimeNote', { city }),
    screeningStatus: plain.screeningStatus as Record<string, string>,
    attendance: (n: number) => t('attendance', { n }),
    pageOf: (page: number, pages: number) => t('pageOf', { page, pages }),
    allCountries: (n: number) => t('allCountries', { n }),
    screenings: (n: number) => t('screenings', { n }),
    reportsOfEvent: (n: number) => t('reportsOfEvent', { n }),
  }
}

export type SiteText = ReturnType<typeof wordsIn>

const dictionaries = new Map<Locale, SiteText>()

export const siteText = (locale: Locale): SiteText => {
  if (!dictionaries.has(locale)) dictionaries.set(locale, wordsIn(locale))
  return dictionaries.get(locale)!
}
