import { TZDate } from '@date-fns/tz'

// "2026-01-15T19:00" or "2026-01-15 19:00:30": a time on a wall clock, with no zone or offset.
const wallClock = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/

/** Whether `value` is a wall-clock time that only means an instant once a zone is given. */
export const isWallClockTime = (value: unknown): value is string =>
  typeof value === 'string' && wallClock.test(value.trim())

/**
 * The instant (ISO, UTC) at which the clocks of `timeZone` show `value`: "2026-01-15T19:00" in
 * Europe/Brussels is 18:00Z. Never read in the server's own zone. Anything else (an instant with
 * its offset, a Date) is returned as it came.
 */
export const instantAtVenue = <T>(value: T, timeZone: string): T | string => {
  if (!isWallClockTime(value)) return value
  const [, year, month, day, hour, minute, second] = wallClock.exec(value.trim())!
  const instant = new TZDate(+year, +month - 1, +day, +hour, +minute, +(second ?? 0), timeZone)
  return new Date(instant.getTime()).toISOString()
}

/** The venue's clock at `instant`, as "2026-01-15 19:00". */
export const venueClock = (instant: Date | string, timeZone: string): string => {
  const local = new TZDate(new Date(instant).getTime(), timeZone)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())} ${pad(local.getHours())}:${pad(local.getMinutes())}`
}
