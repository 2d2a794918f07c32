import type { CollectionBeforeChangeHook } from 'payload'
import { calendarDateIn, isValidDate, toCalendarDate } from '../lib/calendarDate'
import { extractID } from '../lib/extractID'
import { explainMissingLicence, licenceFor } from '../lib/rights'
import { readAside } from './readAside'
import { ruleMessage } from '../i18n/ruleMessage'
import { countryName } from '../lib/countries'
import { refuse, type FieldProblem } from './refuse'

/**
 * A screening must fall within its event's dates (read on the venue's calendar) and its film must
 * hold a licence for the event's country on that date. Checked on the whole merged screening, so a
 * change of date alone is checked against the licence too.
 */
export const checkScreeningFits: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const screening = { ...originalDoc, ...data }
  const eventID = extractID(screening.event)
  const filmID = extractID(screening.film)
  if (eventID === undefined || !isValidDate(screening.startsAt)) return data
  const event = await req.payload.findByID({
    collection: 'events',
    id: eventID,
    req,
    depth: 0,
    draft: true,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!event) return data

  // The venue's zone is the event's unless the screening says otherwise.
  const timeZone: string = screening.startsAt_tz || event.timezone
  data.startsAt_tz = timeZone
  const problems: FieldProblem[] = []
  const day = calendarDateIn(screening.startsAt, timeZone)
  const firstDay = toCalendarDate(event.startsOn)
  const lastDay = toCalendarDate(event.endsOn ?? event.startsOn)
  if (day < firstDay || day > lastDay)
    problems.push({
      path: 'startsAt',
      message: ruleMessage(req, 'screeningOutsideEvent', {
        day,
        zone: timeZone,
        event: event.title ?? String(eventID),
        start: firstDay,
        end: lastDay,
      }),
    })

  if (filmID !== undefined) {
    const film = await req.payload.findByID({
      collection: 'films',
      id: filmID,
      req: readAside(req),
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      locale: 'en',
    })
    const use = {
      country: event.country,
      startsAt: screening.startsAt,
      timeZone,
      format: screening.format,
      ticketed: screening.admission === 'ticketed',
    }
    if (film && !licenceFor(film.screeningRights, use)) {
      const { rule, values } = explainMissingLicence(film.screeningRights, use)
      const country = countryName(values.country, req.i18n?.language ?? 'en')
      problems.push({
        path: 'film',
        message: ruleMessage(req, rule, { ...values, country, film: film.title ?? '' }),
      })
    }
  }
  if (problems.length) refuse('screenings', problems, req)
  return data
}
