// Every IANA zone this runtime knows; venues and embassies are pinned to one of them.
export const timezones: string[] = Intl.supportedValuesOf('timeZone')

export const isTimezone = (value: unknown): value is string => {
  if (typeof value !== 'string' || value === '') return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return value.includes('/') || value === 'UTC'
  } catch {
    return false
  }
}

export const timezoneOptions = timezones.map((zone) => ({ label: zone, value: zone }))
