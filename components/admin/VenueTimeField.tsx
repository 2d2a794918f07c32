'use client'

import { DateTimeField, useForm, useFormFields, useTranslation } from '@payloadcms/ui'
import type { DateFieldClientComponent } from 'payload'
import { useEffect, useState } from 'react'
import { toCalendarDate } from '@/lib/calendarDate'
import { venueClock } from '@/lib/venueTime'

type EventDates = { timezone?: string; startsOn?: string; endsOn?: string | null }

/** Midnight (or the last minute) of a calendar day on this browser's clock, which the picker uses. */
const onBrowserClock = (day: string, endOfDay = false) => {
  const [year, month, date] = toCalendarDate(day).split('-').map(Number)
  return endOfDay ? new Date(year, month - 1, date, 23, 59) : new Date(year, month - 1, date)
}

/**
 * A screening's start, typed on the venue's clock. Payload's picker reads the time in the zone
 * beside it, or in the browser's zone when none is chosen; so the zone is filled in with the
 * event's before a time can be typed. The picker opens on the event's days, in 24-hour time, and
 * the saved time is repeated below with its zone.
 */
export const VenueTimeField: DateFieldClientComponent = (props) => {
  const { path } = props
  const zonePath = `${path}_tz`
  const eventID = useFormFields(([fields]) => fields.event?.value) as string | number | undefined
  const zone = useFormFields(([fields]) => fields[zonePath]?.value) as string | undefined
  const value = useFormFields(([fields]) => fields[path]?.value) as string | undefined
  const { dispatchFields } = useForm()
  const [event, setEvent] = useState<EventDates | null>(null)
  // Our words sit under `ministry:` (i18n/admin/ruleWords.ts); Payload types `t` with its own keys.
  const { t } = useTranslation()
  const say = (key: `venueTime${string}`, vars?: Record<string, string>) =>
    (t as unknown as (key: string, vars?: Record<string, string>) => string)(`ministry:${key}`, vars)

  useEffect(() => {
    if (eventID === undefined || eventID === null || eventID === '') return
    const controller = new AbortController()
    fetch(`/api/events/${encodeURIComponent(String(eventID))}?depth=0&draft=true`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : null))
      .then((doc: EventDates | null) => setEvent(doc))
      .catch(() => undefined)
    return () => controller.abort()
  }, [eventID])

  // The venue's zone is the event's unless the editor changes it.
  useEffect(() => {
    if (!zone && event?.timezone) dispatchFields({ type: 'UPDATE', path: zonePath, value: event.timezone })
  }, [dispatchFields, event?.timezone, zone, zonePath])

  const date = (props.field.admin?.date ?? {}) as { overrides?: Record<string, unknown> }
  const firstDay = event?.startsOn ? onBrowserClock(event.startsOn) : undefined
  const lastDay = event?.startsOn ? onBrowserClock(event.endsOn ?? event.startsOn, true) : undefined
  const field = firstDay
    ? ({
        ...props.field,
        admin: {
          ...props.field.admin,
          date: {
            ...date,
            minDate: firstDay,
            maxDate: lastDay,
            overrides: { ...date.overrides, openToDate: firstDay },
          },
        },
      } as typeof props.field)
    : props.field

  return (
    <div>
      <DateTimeField {...props} field={field} readOnly={props.readOnly || !zone} />
      <p className="field-description" id="venue-time-summary" style={{ marginTop: '-0.5rem' }}>
        {!zone
          ? say('venueTimeNeedsEvent')
          : value
            ? say('venueTimeAt', { time: venueClock(value, zone), zone })
            : say('venueTimeHowTo', { zone })}
      </p>
    </div>
  )
}
