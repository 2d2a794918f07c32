import type { Validate } from 'payload'

/**
 * For the parts of a report: a draft may be half-written (the portal saves as the embassy types),
 * but from submission on the field must be filled. `data.status` is already the status being saved.
 */
export const requiredOnceSubmitted =
  (what: string, then?: (value: unknown) => true | string): Validate =>
  (value, { data }) => {
    const empty =
      value === null ||
      value === undefined ||
      (typeof value === 'string' && value.trim() === '') ||
      (Array.isArray(value) && value.length === 0)
    if (empty)
      return (data as { status?: string })?.status === 'draft'
        ? true
        : `${what} is required before the report is sent to the ministry.`
    return then ? then(value) : true
  }
