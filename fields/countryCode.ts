import type { SelectField, Validate } from 'payload'
import { labelIn, ruleMessage } from '../i18n/ruleMessage'
import { countryOptions, isCountryCode, WORLDWIDE } from '../lib/countries'
import type { Locale } from '../lib/locales'

type Options = {
  name: string
  label?: string | Record<Locale, string>
  required?: boolean
  hasMany?: boolean
  worldwide?: boolean
}

const worldwideOption = { label: { en: 'Worldwide', ru: 'Весь мир', kk: 'Бүкіл әлем' }, value: WORLDWIDE }

/** An ISO 3166-1 alpha-2 country (or, for licences, "worldwide"), validated on every write. */
export const countryCodeField = ({ name, label, required, hasMany, worldwide }: Options): SelectField => {
  const isAllowed = (code: unknown) => isCountryCode(code) || (worldwide && code === WORLDWIDE)
  const field = {
    name,
    label,
    type: 'select' as const,
    required,
    options: worldwide ? [worldwideOption, ...countryOptions] : countryOptions,
    validate: ((value: unknown, { req }) => {
      const codes = (Array.isArray(value) ? value : [value]).filter(
        (code) => code !== null && code !== undefined && code !== '',
      )
      if (required && codes.length === 0)
        return ruleMessage(req, 'countryRequired', { field: labelIn(req, label, name) })
      const wrong = codes.find((code) => !isAllowed(code))
      return wrong === undefined
        ? true
        : ruleMessage(req, worldwide ? 'notCountryCodeOrWorldwide' : 'notCountryCode', {
            value: String(wrong),
          })
    }) as Validate,
  }
  return hasMany ? { ...field, hasMany: true } : field
}
