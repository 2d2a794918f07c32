import { defaultLocale, isLocale, type Locale } from './locales'

/** The first of our languages the browser asks for (Accept-Language), else English. */
export const preferredLocale = (acceptLanguage: string | null | undefined): Locale => {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, q] = part.trim().split(';q=')
      return { language: tag.toLowerCase().split('-')[0], weight: q === undefined ? 1 : Number(q) }
    })
    .filter((entry) => entry.language && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight)
  return ranked.map((entry) => entry.language).find(isLocale) ?? defaultLocale
}
