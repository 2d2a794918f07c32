import { toCalendarDate } from './calendarDate'
import {
  coversDate,
  coversFormat,
  coversTerritory,
  coversUse,
  explainMissingLicence,
  licenceFor,
  type Licence,
  type MissingLicence,
  type ScreeningUse,
} from './rights'

/**
 * What the film pickers say before a save (issue 12): the same rules the save applies
 * (hooks/checkScreeningFits), read ahead so an editor sees a missing licence while choosing.
 */
export type ScreeningVerdict = { licensed: true; until?: string } | ({ licensed: false } & MissingLicence)

/** A screening: licensed on its date, in its format and admission, or why not. */
export const screeningVerdict = (
  licences: Licence[] | null | undefined,
  use: ScreeningUse,
): ScreeningVerdict => {
  const licence = licenceFor(licences, use)
  if (licence) return { licensed: true, until: licence.validTo ? toCalendarDate(licence.validTo) : undefined }
  return { licensed: false, ...explainMissingLicence(licences, use) }
}

/** An event's days: covered by a licence for its country on every day, on some, or on none. */
export type PeriodVerdict = 'whole' | 'part' | 'none'

const nextDay = (day: string) => {
  const date = new Date(`${day}T12:00:00.000Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}

// An event runs days or weeks; a year is the most a picker walks day by day.
const longestPeriod = 366

export const periodVerdict = (
  licences: Licence[] | null | undefined,
  period: { country: string; first: string; last: string; format?: string | null; ticketed?: boolean },
): PeriodVerdict => {
  // The screening's format and admission, once chosen, narrow the licences as the save does.
  const here = (licences ?? []).filter(
    (licence) =>
      coversTerritory(licence, period.country) &&
      coversFormat(licence, period.format) &&
      coversUse(licence, period.ticketed),
  )
  let days = 0
  let coveredDays = 0
  for (let day = period.first; day <= period.last && days < longestPeriod; day = nextDay(day)) {
    days += 1
    if (here.some((licence) => coversDate(licence, day))) coveredDays += 1
  }
  if (days === 0 || coveredDays === 0) return 'none'
  return coveredDays === days ? 'whole' : 'part'
}
