import { countryName, WORLDWIDE } from './countries'
import { intlLocale, type Locale } from './locales'

type Licence = { territories?: string[] | null; validFrom?: string | null; validTo?: string | null }

/**
 * A film's licences at a glance, for the films list: "Belgium, France until 1 May 2032; worldwide".
 * Dates always carry their year: a licence ending "1 May" is useless in a contract register.
 */
export const licenceCoverage = (licences: Licence[] | null | undefined, locale: Locale, worldwide: string) =>
  (licences ?? [])
    .map((licence) => {
      const places = (licence.territories ?? [])
        .map((code) => (code === WORLDWIDE ? worldwide : countryName(code, locale)))
        .join(', ')
      if (!licence.validTo) return places
      const until = new Date(licence.validTo).toLocaleDateString(intlLocale(locale), {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      })
      return `${places} → ${until}`
    })
    .filter(Boolean)
    .join('; ')
