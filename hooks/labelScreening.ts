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
  // Venue names are written per language (issue 11); the label, like the film title in it, is the
  // English one, whatever language the save is in.
  const englishVenue =
    req.locale && req.locale !== 'en' && originalDoc?.id !== undefined
      ? (
          await req.payload.findByID({
            collection: 'screenings',
            id: originalDoc.id,
            req: readAside(req),
            depth: 0,
            overrideAccess: true,
            disableErrors: true,
            locale: 'en',
            select: { venue: true },
          })
        )?.venue?.name
      : undefined
  data.label = [film?.title, englishVenue ?? screening.venue?.name, day].filter(Boolean).join(' · ')
  return data
}
