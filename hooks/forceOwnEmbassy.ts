import type { CollectionBeforeValidateHook } from 'payload'
import { embassyOf } from '../access/roles'

/** Embassy staff always write for their own embassy, whatever the request says. */
export const forceOwnEmbassy: CollectionBeforeValidateHook = ({ data, req }) => {
  const embassy = embassyOf(req.user)
  if (embassy !== undefined && data) data.embassy = embassy
  return data
}
