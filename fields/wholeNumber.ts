import { labelIn, ruleMessage, type SpeakingRequest } from '../i18n/ruleMessage'

/** What a validate function is given that names the field: its label and the request's language. */
export type Naming = { label?: unknown; req?: SpeakingRequest }

/**
 * A validator for an optional whole number within bounds, e.g. a year, a runtime or an attendance.
 * The message names the field by its label in the request's language; `what` when it has none.
 */
export const wholeNumber =
  (what: string, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  (value: unknown, naming: Naming = {}): true | string => {
    if (
      value === null ||
      value === undefined ||
      (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max)
    )
      return true
    const { label, req } = naming
    if (!req?.t)
      return max === Number.MAX_SAFE_INTEGER
        ? `${what} must be a whole number, ${min} or more.`
        : `${what} must be a whole number from ${min} to ${max}.`
    const field = labelIn(req, label, what)
    return max === Number.MAX_SAFE_INTEGER
      ? ruleMessage(req, 'wholeNumberFrom', { field, min })
      : ruleMessage(req, 'wholeNumberBetween', { field, min, max })
  }
