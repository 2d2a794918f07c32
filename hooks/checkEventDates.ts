import type { CollectionBeforeChangeHook } from 'payload'
import { calendarDateIn, isValidDate, toCalendarDate } from '../lib/calendarDate'
import { refuse } from './refuse'
import { ruleMessage } from '../i18n/ruleMessage'

/**
 * An event ends on or after the day it starts, and moving its dates may not strand screenings
 * that are already planned outside them.
 */
export const checkEventDates: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const event = { ...originalDoc, ...data }
  if (!isValidDate(event.startsOn)) return data
  if (!event.endsOn) data.endsOn = event.startsOn
  const firstDay = toCalendarDate(event.startsOn)
  const lastDay = toCalendarDate(data.endsOn ?? event.endsOn)
  if (lastDay < firstDay)
    refuse(
      'events',
      [
        {
          path: 'endsOn',
          message: ruleMessage(req, 'eventEndsBeforeStart', { end: lastDay, start: firstDay }),
        },
      ],
      req,
    )

  if (operation === 'update' && originalDoc?.id !== undefined) {
    const { docs } = await req.payload.find({
      collection: 'screenings',
      req,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      where: { event: { equals: originalDoc.id } },
      select: { startsAt: true, startsAt_tz: true },
    })
    const stranded = docs.filter((screening) => {
      const day = calendarDateIn(screening.startsAt, screening.startsAt_tz || event.timezone)
      return day < firstDay || day > lastDay
    })
    if (stranded.length)
      refuse(
        'events',
        [
          {
            path: stranded.some((s) => calendarDateIn(s.startsAt, s.startsAt_tz || event.timezone) < firstDay)
              ? 'startsOn'
              : 'endsOn',
            message: ruleMessage(req, 'screeningsOutsideDates', {
              count: stranded.length,
              start: firstDay,
              end: lastDay,
            }),
          },
        ],
        req,
      )
  }
  return data
}
