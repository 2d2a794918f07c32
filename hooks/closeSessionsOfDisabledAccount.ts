import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Disabling an account signs it out everywhere: its sessions go, so the admin's and the portal's
 * session checks both fail on the next request. (A password change already does this in Payload.)
 */
export const closeSessionsOfDisabledAccount: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data.disabled && !originalDoc?.disabled) data.sessions = []
  return data
}
