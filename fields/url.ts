import type { TextField } from 'payload'

export const isWebAddress = (value: unknown): boolean => {
  if (typeof value !== 'string') return false
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

/** A web address; only http(s), so nothing else ends up behind a link on a public page. */
export const urlField = (
  name: string,
  label?: TextField['label'],
  overrides: Partial<TextField> = {},
): TextField =>
  ({
    name,
    label,
    type: 'text',
    validate: (value: unknown) =>
      value === null || value === undefined || value === '' || isWebAddress(value)
        ? true
        : `“${String(value)}” is not a web address: it must start with https:// or http://.`,
    ...overrides,
  }) as TextField
