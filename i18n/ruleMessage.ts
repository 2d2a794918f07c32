import { getTranslation, type AcceptedLanguages } from '@payloadcms/translations'
import { getLocalI18n, type Payload, type PayloadRequest } from 'payload'
import type { Locale } from '../lib/locales'
import type { RuleKey } from './admin/ruleWords'

type Values = Record<string, number | string>
/** What a rule needs of the request: its translator and language. */
export type SpeakingRequest = Pick<PayloadRequest, 'i18n' | 't'>

// Payload types `t` against its own keys; ours are registered under `ministry:` (i18n/admin).
type AnyKeyT = (key: string, vars?: Record<string, unknown>) => string

const formatted = (language: string, values: Values = {}) =>
  Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      // 12000 reads "12,000" in English, "12 000" in Russian and Kazakh; years and counts under
      // 10,000 stay ungrouped ("2031", not "2,031"), as each language writes them.
      typeof value === 'number'
        ? new Intl.NumberFormat(language, { useGrouping: Math.abs(value) >= 10_000 }).format(value)
        : value,
    ]),
  )

/** A rule's message in the request's language: the admin's, the API caller's, or the portal form's. */
export const ruleMessage = (req: SpeakingRequest, key: RuleKey, values?: Values): string =>
  (req.t as unknown as AnyKeyT)(`ministry:${key}`, formatted(req.i18n?.language ?? 'en', values))

/** A field's label as the person reads it; its name when it has none (or a function as label). */
export const labelIn = (req: SpeakingRequest, label: unknown, fallback: string): string => {
  if (typeof label === 'string' && label) return label
  if (label && typeof label === 'object')
    return getTranslation(label as Record<string, string>, req.i18n) || fallback
  return fallback
}

/**
 * Payload's translator in one of our languages, for requests that choose theirs after Payload has
 * (the signed-in user's working language, the portal form's). Payload types language codes against
 * its own list, which has no 'kk' (payload#12164); at run time it takes any supported language.
 */
export const i18nIn = (payload: Payload, language: Locale) =>
  getLocalI18n({ config: payload.config, language: language as AcceptedLanguages })
