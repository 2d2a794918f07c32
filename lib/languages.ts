import { labelsFromIntl } from './locales'

// ISO 639-1 codes of the languages films are spoken in or subtitled into, and press writes in.
export const languageCodes = (
  'kk ru en fr de es it pt nl pl cs uk be uz ky tg tk az hy ka tr ar fa he hi ur zh ja ko mn vi th ' +
  'id ms sv no da fi et lv lt hu ro bg sr hr el'
).split(' ')

export const isLanguageCode = (value: unknown): value is string =>
  typeof value === 'string' && languageCodes.includes(value)

export const languageOptions = languageCodes.map((code) => ({
  label: labelsFromIntl('language', code),
  value: code,
}))
