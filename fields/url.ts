import type { TextField, Validate } from 'payload'
import { ruleMessage } from '../i18n/ruleMessage'

export const isWebAddress = (value: unknown): boolean => {
  if (typeof value !== 'string') return false
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

/** A web address; only http(s), so nothing else ends up behind a link on a public page. */
export const urlField = (
  name: string,
  label?: TextField['label'],
  overrides: Partial<TextField> = {},
): TextField =>
  ({
    name,
    label,
    type: 'text',
    validate: ((value: unknown, { req }) =>
      value === null || value === undefined || value === '' || isWebAddress(value)
        ? true
        : ruleMessage(req, 'notWebAddress', { value: String(value) })) as Validate,
    ...overrides,
  }) as TextField
