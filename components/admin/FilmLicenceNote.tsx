'use client'
import { useFormFields, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import type { OwnKey, RuleKey } from '@/i18n/admin'
import { countryName } from '@/lib/countries'
import { formatDay, formatDayRange } from '@/lib/dates'
import { extractID, type IDLike } from '@/lib/extractID'
import type { Licence } from '@/lib/rights'
import { isLocale, type Locale } from '@/lib/locales'
import { calendarDateIn, isValidDate, toCalendarDate } from '@/lib/calendarDate'
import { periodVerdict, screeningVerdict } from '@/lib/licenceVerdict'

type Film = { id: number | string; title?: string | null; screeningRights?: Licence[] | null }
type Place = {
  country?: string | null
  startsOn?: string | null
  endsOn?: string | null
  timezone?: string | null
}
type Mode = 'screening' | 'event'

// An empty picker holds '' or null: no ID, no request.
const ids = (value: unknown): (number | string)[] =>
  (Array.isArray(value) ? value : [value])
    .map((item) => extractID(item as IDLike))
    .filter((id) => id !== undefined && id !== '') as (number | string)[]

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined)

/**
 * Under a film picker (issue 12): whether each chosen film is licensed where and when it would be
 * shown, by the rules the save applies (lib/rights). On a screening: its country, date, format and
 * admission; on an event: its country over its days. Read with the editor's own rights.
 */
export const FilmLicenceNote = ({ mode = 'screening' }: { mode?: Mode }) => {
  // One plain value per selector: an object built in a selector is new on every keystroke
  // anywhere in the form, and would redraw this note each time.
  const chosen = useFormFields(([fields]) => fields[mode === 'event' ? 'films' : 'film']?.value)
  const filmIDs = ids(chosen).join(',')
  const eventID = ids(useFormFields(([fields]) => fields.event?.value))[0]
  // An event's own form holds its place and days; a screening reads its event's.
  const ownCountry = text(useFormFields(([fields]) => fields.country?.value))
  const ownFirst = text(useFormFields(([fields]) => fields.startsOn?.value))
  const ownLast = text(useFormFields(([fields]) => fields.endsOn?.value))
  const startsAt = text(useFormFields(([fields]) => fields.startsAt?.value))
  const zone = text(useFormFields(([fields]) => fields.startsAt_tz?.value))
  const format = text(useFormFields(([fields]) => fields.format?.value))
  const ticketed = useFormFields(([fields]) => fields.admission?.value) === 'ticketed'
  const { code } = useLocale()
  const { t, i18n } = useTranslation()
  const language: Locale = isLocale(i18n.language) ? i18n.language : 'en'
  const [films, setFilms] = useState<{ key: string; docs: Film[] }>({ key: '', docs: [] })
  const [event, setEvent] = useState<{ id?: number | string; doc?: Place }>({})

  useEffect(() => {
    if (!filmIDs) return
    const controller = new AbortController()
    const query = new URLSearchParams({
      'where[id][in]': filmIDs,
      depth: '0',
      // An event shows a handful of films; a hundred is past any programme.
      limit: '100',
      locale: code,
      'select[title]': 'true',
      'select[screeningRights]': 'true',
    })
    fetch(`/api/films?${query}`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((result: { docs: Film[] }) => setFilms({ key: filmIDs, docs: result.docs }))
      .catch(() => undefined)
    return () => controller.abort()
  }, [filmIDs, code])

  useEffect(() => {
    if (mode !== 'screening' || eventID === undefined) return
    const controller = new AbortController()
    const select = ['country', 'startsOn', 'endsOn', 'timezone']
      .map((field) => `select[${field}]=true`)
      .join('&')
    fetch(`/api/events/${encodeURIComponent(String(eventID))}?depth=0&draft=true&${select}`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : undefined))
      .then((doc: Place | undefined) => setEvent({ id: eventID, doc }))
      .catch(() => undefined)
    return () => controller.abort()
  }, [mode, eventID])

  const place: Place | undefined =
    mode === 'event'
      ? { country: ownCountry, startsOn: ownFirst, endsOn: ownLast }
      : event.id === eventID
        ? event.doc
        : undefined
  if (!filmIDs || films.key !== filmIDs || !place?.country || !isValidDate(place.startsOn)) return null
  const country = countryName(place.country, language)
  const first = toCalendarDate(place.startsOn!)
  const last = isValidDate(place.endsOn) ? toCalendarDate(place.endsOn!) : first
  // Days typed the wrong way round are the event's own error to show, not a licence's.
  if (last < first) return null
  const word = (key: string, values: Record<string, string>) => t(key as never, values)

  // The venue's zone: the screening's own, else its event's.
  const timeZone = zone || place.timezone || 'UTC'
  // In the order the films were chosen, as the picker shows them.
  const order = filmIDs.split(',')
  const inOrder = [...films.docs].sort((a, b) => order.indexOf(String(a.id)) - order.indexOf(String(b.id)))
  const lines = inOrder.map((film) => {
    const title = film.title ?? String(film.id)
    const id = String(film.id)
    if (mode === 'screening' && isValidDate(startsAt)) {
      const verdict = screeningVerdict(film.screeningRights, {
        country: place.country!,
        startsAt: startsAt!,
        timeZone,
        format,
        ticketed,
      })
      if (verdict.licensed) {
        const date = formatDay(language, calendarDateIn(startsAt!, timeZone))
        return {
          id,
          ok: true,
          text: verdict.until
            ? word('fdc:licensedOnUntil' satisfies OwnKey, {
                film: title,
                country,
                date,
                until: formatDay(language, verdict.until),
              })
            : word('fdc:licensedOn' satisfies OwnKey, { film: title, country, date }),
        }
      }
      return {
        id,
        ok: false,
        text: word(`ministry:${verdict.rule}` satisfies `ministry:${RuleKey}`, {
          ...verdict.values,
          date: formatDay(language, verdict.values.date),
          country,
          film: title,
        }),
      }
    }
    const verdict = periodVerdict(film.screeningRights, {
      country: place.country!,
      first,
      last,
      ...(mode === 'screening' ? { format, ticketed } : {}),
    })
    const key: OwnKey = {
      whole: 'fdc:licensedThroughout',
      part: 'fdc:licensedPartly',
      none: 'fdc:licensedNot',
    }[verdict] as OwnKey
    return {
      id,
      ok: verdict === 'whole',
      text: word(key, { film: title, country, days: formatDayRange(language, first, last) }),
    }
  })

  return (
    <ul
      className="film-licence-note"
      aria-live="polite"
      style={{ listStyle: 'none', margin: 'calc(var(--base) / 2) 0 0', padding: 0 }}
    >
      {lines.map((line) => (
        <li
          key={line.id}
          data-film={line.id}
          data-licensed={line.ok ? 'yes' : 'no'}
          style={{
            color: line.ok ? 'var(--theme-success-750)' : 'var(--theme-error-750)',
            marginBottom: 'calc(var(--base) / 4)',
          }}
        >
          <span aria-hidden="true">{line.ok ? '✓ ' : '⚠ '}</span>
          {line.text}
        </li>
      ))}
    </ul>
  )
}
