import type { CollectionBeforeChangeHook } from 'payload'
import { isMinistry } from '../access/roles'

/**
 * When a document was created and last changed is the server's record, not something a request
 * may claim (Payload takes both from the data if given). The ministry may correct them; system
 * writes (no user) such as the seed may set them.
 */
export const keepServerTimestamps: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (!req.user || isMinistry(req.user)) return data
  delete data.updatedAt
  if (operation === 'update' && originalDoc?.createdAt) data.createdAt = originalDoc.createdAt
  else delete data.createdAt
  return data
}
