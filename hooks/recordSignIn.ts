import type { CollectionAfterLoginHook } from 'payload'
import { systemRequest } from '../lib/systemRequest'

/** The attempt `throttleSignIn` wrote down as failed succeeded after all. */
export const recordSignIn: CollectionAfterLoginHook = async ({ req, user }) => {
  const attempt = req.context?.signInAttempt as number | string | undefined
  if (attempt !== undefined)
    await req.payload.update({
      collection: 'audit-log',
      id: attempt,
      overrideAccess: true,
      depth: 0,
      req: await systemRequest(req),
      data: {
        action: 'sign_in',
        user: user.id,
        summary: `Signed in${req.context?.signInVia ? ` via ${req.context.signInVia}` : ''}`,
      },
    })
  return user
}
