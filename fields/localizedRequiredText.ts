import type { CollectionSlug, FieldHook, TextField, Validate } from 'payload'
import { readAside } from '../hooks/readAside'
import { labelIn, ruleMessage } from '../i18n/ruleMessage'
import { locales } from '../lib/locales'

type Label = { en: string; ru: string; kk: string }

/** Text a reader would see: spaces alone are none (Payload's fallback takes them as a value). */
export const hasText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

/**
 * Text that must exist in at least one language. Payload's `required` on a localized field would
 * demand it in every language one saves in, so translating a single field into Kazakh would first
 * need every required field in Kazakh; here an empty language falls back to another one instead.
 */
export const localizedRequiredText = (
  collection: CollectionSlug,
  name: string,
  label: Label,
  overrides: Partial<TextField> = {},
): TextField => {
  const validate: Validate<string | null | undefined> = async (value, { id, operation, req, event }) => {
    if (hasText(value)) return true
    const missing = ruleMessage(req, 'requiredInOneLanguage', { field: labelIn(req, label, name) })
    if (operation === 'create' || id === undefined) return missing
    if (event === 'onChange') return true
    const doc = await req.payload.findByID({
      collection,
      id,
      req: readAside(req),
      locale: 'all',
      depth: 0,
      draft: true,
      overrideAccess: true,
      disableErrors: true,
    })
    const texts = ((doc as Record<string, unknown> | null)?.[name] ?? {}) as Record<
      string,
      string | undefined
    >
    return locales.some((locale) => locale !== req.locale && hasText(texts[locale])) ? true : missing
  }
  return {
    name,
    type: 'text',
    localized: true,
    label,
    validate,
    ...overrides,
    hooks: { ...overrides.hooks, beforeValidate: [blankIsNone, ...(overrides.hooks?.beforeValidate ?? [])] },
  } as TextField
}

/**
 * Only spaces is no text: stored as none, so the language falls back to another (Payload falls back
 * on an empty value, not on spaces) and the page says it is not translated, rather than showing a
 * blank title.
 */
const blankIsNone: FieldHook = ({ value }) => (typeof value === 'string' && !hasText(value) ? null : value)
