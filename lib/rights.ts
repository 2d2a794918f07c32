import { WORLDWIDE } from './countries'
import { calendarDateIn, toCalendarDate } from './calendarDate'

export type Licence = {
  territories?: string[] | null
  validFrom?: string | null
  validTo?: string | null
  formats?: string[] | null
  nonCommercialOnly?: boolean | null
}

export type ScreeningUse = {
  country: string
  /** The screening's start instant and the zone of its venue: the licence is read on the venue's date. */
  startsAt: string | Date
  timeZone: string
  format?: string | null
  ticketed?: boolean
}

export const coversTerritory = (licence: Licence, country: string) =>
  (licence.territories ?? []).some((territory) => territory === WORLDWIDE || territory === country)

export const coversDate = (licence: Licence, date: string) =>
  (!licence.validFrom || toCalendarDate(licence.validFrom) <= date) &&
  (!licence.validTo || date <= toCalendarDate(licence.validTo))

export const coversFormat = (licence: Licence, format?: string | null) =>
  !format || !licence.formats?.length || licence.formats.includes(format)

export const coversUse = (licence: Licence, ticketed?: boolean) => !(ticketed && licence.nonCommercialOnly)

/** The first licence that lets the film be shown this way, if any. */
export const licenceFor = (
  licences: Licence[] | null | undefined,
  use: ScreeningUse,
): Licence | undefined => {
  const date = calendarDateIn(use.startsAt, use.timeZone)
  return (licences ?? []).find(
    (licence) =>
      coversTerritory(licence, use.country) &&
      coversDate(licence, date) &&
      coversFormat(licence, use.format) &&
      coversUse(licence, use.ticketed),
  )
}

export const licenceCovers = (licences: Licence[] | null | undefined, use: ScreeningUse): boolean =>
  licenceFor(licences, use) !== undefined

/** A rule broken, by its key in the message catalogue (i18n/admin/ruleWords.ts) and its values. */
export type MissingLicence = {
  rule: 'noLicence' | 'noLicenceForFormat' | 'noLicenceForTickets'
  values: { date: string; country: string; format?: string; formats?: string }
}

/** Why no licence fits, in the facts an editor needs to fix it (or to ask the rights holder). */
export const explainMissingLicence = (
  licences: Licence[] | null | undefined,
  use: ScreeningUse,
): MissingLicence => {
  const date = calendarDateIn(use.startsAt, use.timeZone)
  const values = { date, country: use.country }
  const inPlaceAndTime = (licences ?? []).filter(
    (licence) => coversTerritory(licence, use.country) && coversDate(licence, date),
  )
  if (inPlaceAndTime.length === 0) return { rule: 'noLicence', values }
  if (!inPlaceAndTime.some((licence) => coversFormat(licence, use.format)))
    return {
      rule: 'noLicenceForFormat',
      values: {
        ...values,
        format: String(use.format),
        formats: [...new Set(inPlaceAndTime.flatMap((licence) => licence.formats ?? []))].join(', '),
      },
    }
  return { rule: 'noLicenceForTickets', values }
}
