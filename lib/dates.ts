import { intlLocale, type Locale } from './locales'

// Day-only fields are stored at noon UTC, so they are formatted in UTC: no zone can shift the day.
const dayFormat = (locale: Locale) =>
  new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })

export const formatDay = (locale: Locale, day: string) => dayFormat(locale).format(new Date(day))

export const formatDayRange = (locale: Locale, first: string, last?: string | null) =>
  dayFormat(locale).formatRange(new Date(first), new Date(last ?? first))

/** A screening's start on the venue's clock, with the zone named: never the reader's own zone. */
export const formatVenueTime = (locale: Locale, instant: string, timeZone: string) =>
  new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(instant))

/** The IANA zone as readers know it: "Europe/Brussels" → "Brussels". */
export const zoneCity = (timeZone: string) => timeZone.split('/').pop()!.replace(/_/g, ' ')
