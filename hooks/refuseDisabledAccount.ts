import { APIError, type CollectionBeforeLoginHook } from 'payload'
import { ruleMessage } from '../i18n/ruleMessage'

/** A disabled account keeps its history but cannot sign in anywhere. */
export const refuseDisabledAccount: CollectionBeforeLoginHook = ({ req, user }) => {
  if (user?.disabled)
    throw new APIError(ruleMessage(req, 'accountDisabled'), 403, { reason: 'disabled' }, true)
  return user
}
