// A calendar date is 'YYYY-MM-DD'. Day-only fields are stored at noon UTC by the admin picker,
// so their UTC date is the date the editor chose.
export const toCalendarDate = (value: Date | string): string => new Date(value).toISOString().slice(0, 10)

/** The date on the wall calendar of `timeZone` at the instant `value`. */
export const calendarDateIn = (value: Date | string, timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(value),
  )

export const isValidDate = (value: unknown): boolean =>
  (typeof value === 'string' || value instanceof Date) && !Number.isNaN(new Date(value).getTime())
