import type { DateFieldValidation } from 'payload'
import { date as payloadDate } from 'payload/shared'
import { ruleMessage } from '../i18n/ruleMessage'

const earliest = Date.UTC(1895, 0, 1) // the first public film screening
const latest = Date.UTC(2100, 0, 1)

/**
 * Payload's own date check (required, parseable), then a range no film event falls outside: a
 * year 99999 from a script or a typo is refused by name instead of stored.
 */
export const plausibleDate =
  (then?: DateFieldValidation): DateFieldValidation =>
  (value, options) => {
    const base = payloadDate(value, options)
    if (base !== true) return base
    if (value) {
      const time = new Date(value as string | Date).getTime()
      if (!(time >= earliest && time < latest)) return ruleMessage(options.req, 'dateOutOfRange')
    }
    return then ? then(value, options) : true
  }
