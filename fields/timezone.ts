import type { SelectField, Validate } from 'payload'
import { ruleMessage } from '../i18n/ruleMessage'
import type { Locale } from '../lib/locales'
import { isTimezone, timezoneOptions } from '../lib/timezones'

/** An IANA time zone such as Europe/Brussels: where local times of a place are read. */
export const timezoneField = (
  name = 'timezone',
  label: string | Record<Locale, string> = { en: 'Time zone', ru: 'Часовой пояс', kk: 'Уақыт белдеуі' },
): SelectField => ({
  name,
  label,
  type: 'select',
  required: true,
  options: timezoneOptions,
  validate: ((value: unknown, { req }) =>
    isTimezone(value) ? true : ruleMessage(req, 'notTimezone', { value: String(value ?? '') })) as Validate,
  admin: {
    description: {
      en: 'IANA time zone, e.g. Europe/Brussels. Local times are shown in this zone.',
      ru: 'Часовой пояс IANA, например Europe/Brussels. Местное время показывается в этом поясе.',
      kk: 'IANA уақыт белдеуі, мысалы Europe/Brussels. Жергілікті уақыт осы белдеуде көрсетіледі.',
    },
  },
})
