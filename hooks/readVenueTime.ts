import type { CollectionBeforeValidateHook } from 'payload'
import { extractID } from '../lib/extractID'
import { instantAtVenue, isWallClockTime } from '../lib/venueTime'

/**
 * A screening's start is read on the venue's clock: the zone given beside it, else the one it
 * had, else its event's. A time with no offset ("2026-01-15T19:00") becomes the instant the
 * venue's clock shows it, whatever zone the server or the editor's browser is in; the zone is
 * always stored, so the time can be shown back as it was typed.
 */
export const readVenueTime: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  let timeZone: string | undefined = data.startsAt_tz || originalDoc?.startsAt_tz || undefined
  const eventID = extractID(data.event ?? originalDoc?.event)
  if (!timeZone && eventID !== undefined) {
    const event = await req.payload.findByID({
      collection: 'events',
      id: eventID,
      req,
      depth: 0,
      draft: true,
      overrideAccess: true,
      disableErrors: true,
      select: { timezone: true },
    })
    timeZone = event?.timezone ?? undefined
  }
  if (!timeZone) return data
  data.startsAt_tz = timeZone
  if (isWallClockTime(data.startsAt)) data.startsAt = instantAtVenue(data.startsAt, timeZone)
  return data
}
