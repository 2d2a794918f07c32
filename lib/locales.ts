// The three languages content is written in; English is the API default.
export const locales = ['kk', 'ru', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'en'

export const localeLabels: Record<Locale, string> = {
  kk: 'Қазақша',
  ru: 'Русский',
  en: 'English',
}

/** Where a reader goes when a text is missing in their language: Kazakh readers read Russian first. */
export const fallbackChain: Record<Locale, Locale[]> = {
  kk: ['ru', 'en'],
  ru: ['en', 'kk'],
  en: ['ru', 'kk'],
}

/** The Intl locale for dates and numbers: international English writes 9 December 2026. */
export const intlLocale = (locale: Locale): string => (locale === 'en' ? 'en-GB' : locale)

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value)

/** A label in every content language, built from `Intl.DisplayNames` for codes. */
export const labelsFromIntl = (type: 'language' | 'region', code: string): Record<Locale, string> =>
  Object.fromEntries(
    locales.map((locale) => [locale, new Intl.DisplayNames([locale], { type }).of(code) ?? code]),
  ) as Record<Locale, string>
