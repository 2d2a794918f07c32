import type { Access } from 'payload'
import { hasRole, isMinistry } from './roles'

/** Admins see every account, editors see who is who (to review reports), others only themselves. */
export const canReadUsers: Access = ({ req: { user } }) => {
  if (isMinistry(user)) return true
  if (!user) return false
  return { id: { equals: user.id } }
}

/** Everyone edits their own name and password; admins edit anyone. Roles are guarded per field. */
export const canUpdateUser: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (!user) return false
  return { id: { equals: user.id } }
}
