import { serverURL } from '../config/env'
import { defaultLocale, locales, type Locale } from './locales'

/** Canonical and hreflang links for a page that exists in every language at /{locale}{path}. */
export const alternates = (locale: Locale, path = '') => ({
  canonical: `${serverURL}/${locale}${path}`,
  languages: {
    ...Object.fromEntries(locales.map((code) => [code, `${serverURL}/${code}${path}`])),
    'x-default': `${serverURL}/${defaultLocale}${path}`,
  },
  types: { 'application/rss+xml': `${serverURL}/${locale}/feed.xml` },
})

export const absoluteURL = (path: string) => (path.startsWith('http') ? path : `${serverURL}${path}`)
