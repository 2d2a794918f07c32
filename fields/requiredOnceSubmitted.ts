import type { Validate } from 'payload'
import { labelIn, ruleMessage } from '../i18n/ruleMessage'
import type { Naming } from './wholeNumber'

/**
 * For the parts of a report: a draft may be half-written (the portal saves as the embassy types),
 * but from submission on the field must be filled. `data.status` is already the status being saved.
 * The message names the field by its label in the request's language; `what` when it has none.
 */
export const requiredOnceSubmitted =
  (what: string, then?: (value: unknown, naming: Naming) => true | string): Validate =>
  (value, options) => {
    const { data, req } = options
    const empty =
      value === null ||
      value === undefined ||
      (typeof value === 'string' && value.trim() === '') ||
      (Array.isArray(value) && value.length === 0)
    if (empty)
      return (data as { status?: string })?.status === 'draft'
        ? true
        : ruleMessage(req, 'requiredBeforeSending', {
            field: labelIn(req, (options as Naming).label, what),
          })
    return then ? then(value, options as Naming) : true
  }
