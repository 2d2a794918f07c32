'use client'
import { useDocumentEvents, useFormFields, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import type { OwnKey } from '@/i18n/admin'
import { countryName } from '@/lib/countries'
import { formatDayRange } from '@/lib/dates'
import { extractID, type IDLike } from '@/lib/extractID'
import { isLocale, type Locale } from '@/lib/locales'

type EventFacts = {
  startsOn?: string | null
  endsOn?: string | null
  city?: string | null
  country?: string | null
  _status?: 'draft' | 'published' | null
}

const facts = ['startsOn', 'endsOn', 'city', 'country', '_status']
  .map((field) => `select[${field}]=true`)
  .join('&')

/**
 * Under an event picker (issue 12): the chosen event's days, place and status, so the editor knows
 * it is the right one of the years of "Days of Kazakh cinema" before saving. The picker's drawer
 * lists the same columns while choosing. The latest draft gives the days; the published document
 * says whether readers can see the event.
 */
export const ChosenEvent = () => {
  const chosen = extractID(useFormFields(([fields]) => fields.event?.value) as IDLike)
  // An empty picker holds '' or null: no ID, no request.
  const eventID = chosen === '' ? undefined : chosen
  // The event edited or published from the field's own drawer: read its facts again.
  const { mostRecentUpdate } = useDocumentEvents()
  const updated =
    mostRecentUpdate?.entitySlug === 'events' && String(mostRecentUpdate.id) === String(eventID)
      ? mostRecentUpdate.updatedAt
      : undefined
  const { code } = useLocale()
  const { t, i18n } = useTranslation()
  const language: Locale = isLocale(i18n.language) ? i18n.language : 'en'
  const [loaded, setLoaded] = useState<{ id?: number | string; draft?: EventFacts; public?: boolean }>({})

  useEffect(() => {
    if (eventID === undefined) return
    const controller = new AbortController()
    const read = (draft: boolean) =>
      fetch(
        `/api/events/${encodeURIComponent(String(eventID))}?depth=0&locale=${code}&draft=${draft}&${facts}`,
        {
          credentials: 'include',
          signal: controller.signal,
        },
      ).then((response) => (response.ok ? (response.json() as Promise<EventFacts>) : undefined))
    Promise.all([read(true), read(false)])
      .then(([draft, saved]) => setLoaded({ id: eventID, draft, public: saved?._status === 'published' }))
      .catch(() => undefined)
    return () => controller.abort()
  }, [eventID, code, updated])

  const event = loaded.id === eventID ? loaded.draft : undefined
  if (!event?.startsOn) return null
  const word = (key: OwnKey) => t(key as never)
  const status = loaded.public
    ? event._status === 'draft'
      ? word('fdc:eventPublishedWithDraft')
      : word('fdc:eventPublished')
    : word('fdc:eventNotPublished')
  const place = [event.city, event.country ? countryName(event.country, language) : undefined].filter(Boolean)
  return (
    <p
      className="chosen-event"
      data-event-status={loaded.public ? 'published' : 'draft'}
      style={{ margin: 'calc(var(--base) / 2) 0 0' }}
    >
      {[formatDayRange(language, event.startsOn, event.endsOn), place.join(', '), status]
        .filter(Boolean)
        .join(' · ')}
    </p>
  )
}
