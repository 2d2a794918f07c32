import type { CollectionBeforeReadHook, SelectField } from 'payload'
import { localeLabels, locales } from '../lib/locales'
import { hasText } from './localizedRequiredText'

/**
 * The languages a document has its own title in, worked out as it is read. A page in a language
 * its document has no title in shows the fallback's text with a note saying so; it took a second
 * query to know (the document read again without fallback). The database already answers every
 * language's title with the document (SQLite's `_locales` rows, MongoDB's per-language object)
 * before Payload keeps the one asked for, so this hook notes them then, for free.
 */
export const noteTitleLanguages: CollectionBeforeReadHook = ({ doc }) => {
  const title = doc?.title
  // One language already picked (a `select` without the title, or a shape this hook does not
  // know): say nothing rather than something wrong; pages then ask (queries/translation.ts).
  if (!title || typeof title !== 'object' || Array.isArray(title)) return doc
  // SQLite answers a `select` that leaves the title out with a language map of nothing but
  // undefined (its other localized fields' rows are read); a language without a title is null.
  if (Object.values(title).every((value) => value === undefined)) return doc
  doc.titleLanguages = locales.filter((locale) => hasText((title as Record<string, unknown>)[locale]))
  return doc
}

/** Read-only, stored nowhere, filled by `noteTitleLanguages`; also in the API's answers. */
export const titleLanguagesField: SelectField = {
  name: 'titleLanguages',
  type: 'select',
  hasMany: true,
  virtual: true,
  options: locales.map((code) => ({ value: code, label: localeLabels[code] })),
  label: { en: 'Title written in', ru: 'Название есть на языках', kk: 'Атауы бар тілдер' },
  admin: { hidden: true, disableListFilter: true },
}
