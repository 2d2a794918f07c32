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

const coversTerritory = (licence: Licence, country: string) =>
  (licence.territories ?? []).some((territory) => territory === WORLDWIDE || territory === country)

const coversDate = (licence: Licence, date: string) =>
  (!licence.validFrom || toCalendarDate(licence.validFrom) <= date) &&
  (!licence.validTo || date <= toCalendarDate(licence.validTo))

const coversFormat = (licence: Licence, format?: string | null) =>
  !format || !licence.formats?.length || licence.formats.includes(format)

const coversUse = (licence: Licence, ticketed?: boolean) => !(ticketed && licence.nonCommercialOnly)

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

/** Why no licence fits, in the words an editor needs to fix it (or to ask the rights holder). */
export const explainMissingLicence = (
  filmTitle: string,
  licences: Licence[] | null | undefined,
  use: ScreeningUse,
): string => {
  const date = calendarDateIn(use.startsAt, use.timeZone)
  const place = `${filmTitle} has no screening licence for ${use.country} on ${date}`
  const inPlaceAndTime = (licences ?? []).filter(
    (licence) => coversTerritory(licence, use.country) && coversDate(licence, date),
  )
  if (inPlaceAndTime.length === 0) return `${place}. Add a licence to the film or choose another film.`
  if (!inPlaceAndTime.some((licence) => coversFormat(licence, use.format)))
    return `${place} in the ${use.format} format. The licences there cover: ${[
      ...new Set(inPlaceAndTime.flatMap((licence) => licence.formats ?? [])),
    ].join(', ')}.`
  return `${place} for a ticketed screening: the licence there is for non-commercial screenings only. Make admission free or by invitation.`
}
