import type { Validate } from 'payload'
import { labelIn, ruleMessage } from '../i18n/ruleMessage'
import { wholeNumber, type Naming } from './wholeNumber'

/** A screening's attendance: a whole number, and only once the screening has been held. */
export const attendanceOnceHeld: Validate = (value, options) => {
  if (value === null || value === undefined) return true
  const { req, siblingData } = options
  const { label } = options as Naming
  if ((siblingData as { status?: string })?.status !== 'held')
    return ruleMessage(req, 'attendanceBeforeHeld', { field: labelIn(req, label, 'Attendance') })
  return wholeNumber('Attendance')(value, options as Naming)
}
