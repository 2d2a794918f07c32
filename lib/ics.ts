// iCalendar (RFC 5545) files for "add to calendar". Times are written in UTC, which every calendar
// reads without a VTIMEZONE block and shows in the reader's zone; the venue's zone is named too.

export type CalendarEntry = {
  uid: string
  title: string
  /** A screening: start and end instants. */
  startsAt?: string
  endsAt?: string
  /** A whole event: first and last calendar day, 'YYYY-MM-DD'. */
  firstDay?: string
  lastDay?: string
  description?: string
  location?: string
  url?: string
  cancelled?: boolean
  updatedAt?: string
}

const escapeText = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')

const utcStamp = (instant: string | Date) =>
  new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

/**
 * The revision number calendar apps compare to take a changed time or place over the copy they
 * hold (RFC 5545 §3.8.7.4): it must grow with every change, so it counts the seconds from 2024 to
 * the last save (a 32-bit number until 2092, which the strictest apps read).
 */
const sequenceOf = (updatedAt: string) =>
  Math.max(0, Math.floor((Date.parse(updatedAt) - Date.parse('2024-01-01T00:00:00Z')) / 1000))

const dayStamp = (day: string) => day.replace(/-/g, '')

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10)

/** Lines longer than 75 octets are folded, as the standard asks, without splitting a character. */
const fold = (line: string) => {
  const parts: string[] = []
  let current = ''
  for (const char of line) {
    if (Buffer.byteLength(current + char) > (parts.length ? 74 : 75)) {
      parts.push(current)
      current = ''
    }
    current += char
  }
  parts.push(current)
  return parts.join('\r\n ')
}

export const toICS = (entries: CalendarEntry[], calendarName: string, timeZone?: string): string => {
  const now = utcStamp(new Date())
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Film diplomacy CMS//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendarName)}`,
    ...(timeZone ? [`X-WR-TIMEZONE:${timeZone}`] : []),
  ]
  for (const entry of entries) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${entry.uid}`,
      `DTSTAMP:${entry.updatedAt ? utcStamp(entry.updatedAt) : now}`,
      ...(entry.updatedAt
        ? [`LAST-MODIFIED:${utcStamp(entry.updatedAt)}`, `SEQUENCE:${sequenceOf(entry.updatedAt)}`]
        : []),
    )
    if (entry.startsAt) {
      lines.push(`DTSTART:${utcStamp(entry.startsAt)}`)
      if (entry.endsAt) lines.push(`DTEND:${utcStamp(entry.endsAt)}`)
    } else if (entry.firstDay) {
      lines.push(
        `DTSTART;VALUE=DATE:${dayStamp(entry.firstDay)}`,
        `DTEND;VALUE=DATE:${dayStamp(nextDay(entry.lastDay ?? entry.firstDay))}`,
      )
    }
    lines.push(`SUMMARY:${escapeText(entry.title)}`)
    if (entry.description) lines.push(`DESCRIPTION:${escapeText(entry.description)}`)
    if (entry.location) lines.push(`LOCATION:${escapeText(entry.location)}`)
    if (entry.url) lines.push(`URL:${entry.url}`)
    lines.push(`STATUS:${entry.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return lines.map(fold).join('\r\n') + '\r\n'
}

export const icsResponse = (body: string, filename: string) =>
  new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600',
    },
  })
