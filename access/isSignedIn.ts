import type { Access, FieldAccess } from 'payload'

export const isSignedIn: Access = ({ req: { user } }) => Boolean(user)

/** Internal working notes (review comments, history) stay off the public API. */
export const isSignedInField: FieldAccess = ({ req: { user } }) => Boolean(user)
