import { locales } from './locales'

type Plain = Record<string, unknown>

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A localized value as the database holds it: `{ kk, ru, en }` (any of them). */
const isLocaleMap = (value: unknown): value is Plain =>
  isPlain(value) &&
  Object.keys(value).length > 0 &&
  Object.keys(value).every((key) => (locales as readonly string[]).includes(key))

/**
 * The document a save will leave, in every language: what is saved (`incoming`, in the language of
 * the request) laid over what is stored (`stored`, every language). A save in Russian changes only
 * the Russian texts; array rows are matched by their id so their other languages carry over.
 */
export const mergeLocales = (incoming: unknown, stored: unknown, locale: string | undefined): unknown => {
  if (incoming === undefined) return stored
  if (!locale || locale === 'all') return incoming
  if (isLocaleMap(stored) && !isLocaleMap(incoming)) return { ...stored, [locale]: incoming }
  if (Array.isArray(incoming)) {
    const rows = Array.isArray(stored) ? stored : []
    return incoming.map((row) => {
      const id = isPlain(row) ? row.id : undefined
      const match = id === undefined ? undefined : rows.find((old) => isPlain(old) && old.id === id)
      return mergeLocales(row, match, locale)
    })
  }
  if (isPlain(incoming) && isPlain(stored)) {
    const merged: Plain = { ...stored }
    for (const [key, value] of Object.entries(incoming))
      merged[key] = mergeLocales(value, stored[key], locale)
    return merged
  }
  return incoming
}
