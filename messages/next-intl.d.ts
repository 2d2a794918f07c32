import type { Locale } from '@/lib/locales'
import type { Catalogue } from '@/lib/messages'

// Keys of `useTranslations` and `createTranslator` are checked against the English catalogue.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale
    Messages: Catalogue
  }
}
