import type { I18nOptions, SupportedLanguages } from '@payloadcms/translations'
import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'
import { kk } from './kk'
import { kkLexical } from './kkLexical'
import { ownWords } from './ownWords'
import { ruleWords } from './ruleWords'

/** The admin's interface languages are the content languages: every editor works in one of them. */
export const adminLanguages = { kk, ru, en }
export type AdminLanguage = keyof typeof adminLanguages

export type { OwnKey } from './ownWords'
export type { RuleKey } from './ruleWords'

// Payload types language codes against its own list, which has no 'kk' (payload#12164); at run
// time it accepts any code in `supportedLanguages`.
export const adminI18n: I18nOptions = {
  supportedLanguages: adminLanguages as SupportedLanguages,
  fallbackLanguage: 'en',
  translations: {
    en: { fdc: ownWords.en, ministry: ruleWords.en },
    ru: { fdc: ownWords.ru, ministry: ruleWords.ru },
    kk: { fdc: ownWords.kk, ministry: ruleWords.kk, lexical: kkLexical },
  } as unknown as I18nOptions['translations'],
}
