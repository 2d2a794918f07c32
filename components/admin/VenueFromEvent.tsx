'use client'
import { useForm, useFormFields, useLocale, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { useEffect, useState } from 'react'
import type { OwnKey } from '@/i18n/admin'
import { extractID, type IDLike } from '@/lib/extractID'

type Venue = {
  name?: string | null
  address?: string | null
  city?: string | null
  latitude?: number | null
  longitude?: number | null
}
const venueKeys = ['name', 'address', 'city', 'latitude', 'longitude'] as const

/**
 * Above a screening's venue: the venues its event lists, to fill the venue with one choice instead
 * of typing it again (issue 12). Read in the language being edited, with the user's own rights (a
 * draft event is read as its draft). Nothing shows until the event is chosen or if it lists none.
 */
export const VenueFromEvent: UIFieldClientComponent = () => {
  const event = extractID(useFormFields(([fields]) => fields.event?.value) as IDLike)
  const { code: locale } = useLocale()
  const { dispatchFields, setModified } = useForm()
  const { t } = useTranslation()
  // Kept with the event they belong to: a change of event shows nothing until its venues arrive.
  const [loaded, setLoaded] = useState<{ event?: number | string; venues: Venue[] }>({ venues: [] })
  const venues = event !== undefined && loaded.event === event ? loaded.venues : []

  useEffect(() => {
    if (event === undefined) return
    const controller = new AbortController()
    fetch(
      `/api/events/${encodeURIComponent(String(event))}?depth=0&draft=true&locale=${locale}&select[venues]=true`,
      {
        credentials: 'include',
        signal: controller.signal,
      },
    )
      .then((response) => (response.ok ? response.json() : { venues: [] }))
      .then((doc: { venues?: Venue[] | null }) =>
        setLoaded({ event, venues: (doc.venues ?? []).filter((venue) => venue.name) }),
      )
      .catch(() => undefined)
    return () => controller.abort()
  }, [event, locale])

  if (venues.length === 0) return null
  const choose = (index: number) => {
    const venue = venues[index]
    if (!venue) return
    for (const key of venueKeys)
      dispatchFields({ type: 'UPDATE', path: `venue.${key}`, value: venue[key] ?? null })
    setModified(true)
  }
  return (
    <div className="field-type venue-from-event" style={{ margin: 'var(--base) 0' }}>
      <label className="field-label" htmlFor="venue-from-event">
        {t('fdc:venueFromEvent' satisfies OwnKey as never)}
      </label>
      <select
        id="venue-from-event"
        defaultValue=""
        onChange={(change) => choose(Number(change.target.value))}
        style={{ minWidth: '16rem', padding: 'calc(var(--base) / 4)' }}
      >
        <option value="" disabled>
          {t('fdc:venueFromEventChoose' satisfies OwnKey as never)}
        </option>
        {venues.map((venue, index) => (
          <option key={index} value={index}>
            {[venue.name, venue.city].filter(Boolean).join(', ')}
          </option>
        ))}
      </select>
    </div>
  )
}
