import type { CollectionAfterLogoutHook } from 'payload'
import { writeAudit } from '../lib/audit'

/** Signing out of the admin, on the record beside the sign-in. */
export const recordSignOut: CollectionAfterLogoutHook = async ({ req }) => {
  if (req.user)
    await writeAudit(req.payload, {
      action: 'sign_out',
      user: req.user.id,
      email: req.user.email as string,
      summary: 'Signed out of the admin',
    })
}
