import type { Validate } from 'payload'
import { ruleMessage } from '../i18n/ruleMessage'

/** An embassy staff account belongs to its embassy: the portal and every access rule read it. */
export const embassyOfStaff: Validate = (value, { req, siblingData }) =>
  (siblingData as { role?: string })?.role === 'embassy' && !value
    ? ruleMessage(req, 'embassyAccountNeedsEmbassy')
    : true
