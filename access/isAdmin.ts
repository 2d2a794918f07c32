import type { Access, FieldAccess } from 'payload'
import { hasRole } from './roles'

export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')

/** Roles and embassy links are set by admins only, whatever else a user may edit. */
export const isAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
