import type { CollectionAfterLoginHook } from 'payload'

/** The attempt `throttleSignIn` wrote down as failed succeeded after all. */
export const recordSignIn: CollectionAfterLoginHook = async ({ req, user }) => {
  const attempt = req.context?.signInAttempt as number | string | undefined
  if (attempt !== undefined)
    await req.payload.update({
      collection: 'audit-log',
      id: attempt,
      overrideAccess: true,
      depth: 0,
      req,
      data: {
        action: 'sign_in',
        user: user.id,
        summary: `Signed in${req.context?.signInVia ? ` via ${req.context.signInVia}` : ''}`,
      },
    })
  return user
}
