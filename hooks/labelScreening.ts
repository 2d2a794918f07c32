import type { CollectionBeforeChangeHook } from 'payload'
import { calendarDateIn, isValidDate } from '../lib/calendarDate'
import { extractID } from '../lib/extractID'
import { readAside } from './readAside'

/** A readable name for lists and pickers: film, venue and local date. */
export const labelScreening: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const screening = { ...originalDoc, ...data }
  const filmID = extractID(screening.film)
  const film =
    filmID === undefined
      ? null
      : await req.payload.findByID({
          collection: 'films',
          id: filmID,
          req: readAside(req),
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          locale: 'en',
          select: { title: true },
        })
  const day =
    isValidDate(screening.startsAt) && screening.startsAt_tz
      ? calendarDateIn(screening.startsAt, screening.startsAt_tz)
      : ''
  data.label = [film?.title, screening.venue?.name, day].filter(Boolean).join(' · ')
  return data
}
