// A calendar date is 'YYYY-MM-DD'. Day-only fields are stored at noon UTC by the admin picker,
// so their UTC date is the date the editor chose.
export const toCalendarDate = (value: Date | string): string => new Date(value).toISOString().slice(0, 10)

// Building an Intl.DateTimeFormat costs about 0.2 ms, formatting with one a few microseconds: one
// formatter per time zone, kept (there are a few hundred zones at most).
const formatters = new Map<string, Intl.DateTimeFormat>()
const dayFormatter = (timeZone: string) => {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    // Throws for an unknown zone, as before, and then nothing is kept.
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** The date on the wall calendar of `timeZone` at the instant `value`. */
export const calendarDateIn = (value: Date | string, timeZone: string): string =>
  dayFormatter(timeZone).format(new Date(value))

export const isValidDate = (value: unknown): boolean =>
  (typeof value === 'string' || value instanceof Date) && !Number.isNaN(new Date(value).getTime())
