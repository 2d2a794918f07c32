'use client'
import { useFormFields, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import type { OwnKey, RuleKey } from '@/i18n/admin'
import { countryName, WORLDWIDE } from '@/lib/countries'
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

const ids = (value: unknown): (number | string)[] =>
  (Array.isArray(value) ? value : [value])
    .map((item) => extractID(item as IDLike))
    .filter((id) => id !== undefined)

/**
 * Under a film picker (issue 12): whether each chosen film is licensed where and when it would be
 * shown, by the rules the save applies (lib/rights). On a screening: its country, date, format and
 * admission; on an event: its country over its days. Read with the editor's own rights.
 */
export const FilmLicenceNote = ({ mode = 'screening' }: { mode?: Mode }) => {
  const chosen = useFormFields(([fields]) => fields[mode === 'event' ? 'films' : 'film']?.value)
  const eventID = extractID(useFormFields(([fields]) => fields.event?.value) as IDLike)
  // An event's own form holds its place and days; a screening reads its event's.
  const own = useFormFields(([fields]) => ({
    country: fields.country?.value as string | undefined,
    startsOn: fields.startsOn?.value as string | undefined,
    endsOn: fields.endsOn?.value as string | undefined,
  }))
  const screening = useFormFields(([fields]) => ({
    startsAt: fields.startsAt?.value as string | undefined,
    zone: fields.startsAt_tz?.value as string | undefined,
    format: fields.format?.value as string | undefined,
    admission: fields.admission?.value as string | undefined,
  }))
  const { code } = useLocale()
  const { t, i18n } = useTranslation()
  const language: Locale = isLocale(i18n.language) ? i18n.language : 'en'
  const filmIDs = ids(chosen).join(',')
  const [films, setFilms] = useState<{ key: string; docs: Film[] }>({ key: '', docs: [] })
  const [event, setEvent] = useState<{ id?: number | string; doc?: Place }>({})

  useEffect(() => {
    if (!filmIDs) return
    const controller = new AbortController()
    const query = new URLSearchParams({
      'where[id][in]': filmIDs,
      depth: '0',
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

  const place: Place | undefined = mode === 'event' ? own : event.id === eventID ? event.doc : undefined
  if (!filmIDs || films.key !== filmIDs || !place?.country || !place.startsOn) return null
  const country = place.country === WORLDWIDE ? place.country : countryName(place.country, language)
  const first = toCalendarDate(place.startsOn)
  const last = toCalendarDate(place.endsOn || place.startsOn)
  const word = (key: string, values: Record<string, string>) => t(key as never, values)

  // In the order the films were chosen, as the picker shows them.
  const order = filmIDs.split(',')
  const inOrder = [...films.docs].sort((a, b) => order.indexOf(String(a.id)) - order.indexOf(String(b.id)))
  const lines = inOrder.map((film) => {
    const title = film.title ?? String(film.id)
    const id = String(film.id)
    if (mode === 'screening' && isValidDate(screening.startsAt)) {
      const verdict = screeningVerdict(film.screeningRights, {
        country: place.country!,
        startsAt: screening.startsAt!,
        timeZone: screening.zone || place.timezone || 'UTC',
        format: screening.format,
        ticketed: screening.admission === 'ticketed',
      })
      if (verdict.licensed) {
        const date = formatDay(
          language,
          calendarDateIn(screening.startsAt!, screening.zone || place.timezone || 'UTC'),
        )
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
    const verdict = periodVerdict(film.screeningRights, { country: place.country!, first, last })
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
