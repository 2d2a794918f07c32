import type { CollectionBeforeChangeHook } from 'payload'

/** The account made on a fresh install's "create first user" screen runs the install. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs === 0) data.role = 'admin'
  return data
}
