import type { CollectionBeforeValidateHook } from 'payload'
import { embassyOf } from '../access/roles'
import { extractID } from '../lib/extractID'

/**
 * Embassy staff always write for their own embassy, whatever the request says, and a save never
 * changes who owns a document. System writes (no user) are left alone.
 */
export const forceOwnEmbassy: CollectionBeforeValidateHook = ({ data, operation, originalDoc, req }) => {
  const embassy = embassyOf(req.user)
  if (embassy === undefined || !data) return data
  data.embassy = operation === 'update' && originalDoc ? (extractID(originalDoc.embassy) ?? null) : embassy
  return data
}
