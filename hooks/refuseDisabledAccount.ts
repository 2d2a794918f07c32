import { APIError, type CollectionBeforeLoginHook } from 'payload'

export const accountDisabledMessage =
  'This account has been disabled. Ask the ministry’s administrator to enable it again.'

/** A disabled account keeps its history but cannot sign in anywhere. */
export const refuseDisabledAccount: CollectionBeforeLoginHook = ({ user }) => {
  if (user?.disabled) throw new APIError(accountDisabledMessage, 403, { reason: 'disabled' }, true)
  return user
}
