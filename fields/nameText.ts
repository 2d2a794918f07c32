import type { Validate } from 'payload'
import { readAside } from '../hooks/readAside'
import { locales } from '../lib/locales'

type Plain = Record<string, unknown>

const isEmpty = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '')

/** What the admin says under a name field: the content-language switcher decides the script. */
export const nameDescription = {
  en: 'Written per language: switch the content language (top right) to enter the name in Cyrillic for Russian and Kazakh. Where a language has none, readers see another language’s.',
  ru: 'Пишется для каждого языка: переключите язык содержимого (вверху справа), чтобы ввести имя кириллицей для русского и казахского. Если для языка имени нет, читатель увидит его на другом языке.',
  kk: 'Әр тілге бөлек жазылады: орыс және қазақ тілдері үшін атауды кириллицамен енгізу үшін мазмұн тілін (жоғарғы оң жақта) ауыстырыңыз. Тілде атау болмаса, оқырман оны басқа тілде көреді.',
}

/**
 * The stored texts, one per language, of the name at `path`: array rows are matched by their id,
 * since a save may have moved them, and the same row holds the name in every language.
 */
const storedTexts = (stored: unknown, data: unknown, path: (number | string)[]): Plain | undefined => {
  let held = stored
  let incoming = data
  for (const segment of path) {
    if (typeof segment === 'number' || /^\d+$/.test(segment)) {
      const row = Array.isArray(incoming) ? (incoming[Number(segment)] as Plain | undefined) : undefined
      incoming = row
      held = Array.isArray(held)
        ? held.find((old) => row?.id !== undefined && (old as Plain | null)?.id === row.id)
        : undefined
    } else {
      held = (held as Plain | null | undefined)?.[segment]
      incoming = (incoming as Plain | null | undefined)?.[segment]
    }
  }
  return typeof held === 'object' && held !== null ? (held as Plain) : undefined
}

const requiredHere: Validate = (value, { req }) => (isEmpty(value) ? req.t('validation:required') : true)

/**
 * A name's rule per language. A name is written in each language (Latin in English, Cyrillic in
 * Russian and Kazakh), but an editor who opens the Kazakh side of a film whose cast is written only
 * in English must still be able to save it: the reader then sees the English name (fallback). So an
 * empty name passes `inner` (required, or required once a report is submitted) when the same row
 * holds the name in another language. (Such fields carry no `required: true`: on a collection
 * without drafts Payload would make the column of every language NOT NULL, and a row translated
 * into Kazakh but for the name could not be stored.)
 */
export const nameInAnyLanguage =
  (inner: Validate = requiredHere): Validate =>
  async (value, options) => {
    const verdict = await inner(value, options)
    if (verdict === true || !isEmpty(value)) return verdict
    const { collectionSlug, data, event, id, path, req } = options
    if (id === undefined || !collectionSlug) return verdict
    // While typing, no database read per keystroke; the save checks.
    if (event === 'onChange') return true
    const stored = await req.payload.findByID({
      collection: collectionSlug as 'films',
      id,
      req: readAside(req),
      locale: 'all',
      depth: 0,
      draft: true,
      overrideAccess: true,
      disableErrors: true,
    })
    const texts = storedTexts(stored, data, path) ?? {}
    return locales.some((locale) => locale !== req.locale && !isEmpty(texts[locale])) ? true : verdict
  }
