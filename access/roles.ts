import type { IDLike } from '../lib/extractID'
import { extractID } from '../lib/extractID'

export const roles = ['admin', 'editor', 'embassy'] as const
export type Role = (typeof roles)[number]

/** What access rules need to know about whoever is asking. */
export type Staff = { id: number | string; role?: Role | null; embassy?: IDLike; collection?: string }

const asStaff = (user: unknown): Staff | null =>
  user && typeof user === 'object' && 'id' in user ? (user as Staff) : null

export const hasRole = (user: unknown, ...allowed: Role[]): boolean => {
  const staff = asStaff(user)
  return Boolean(staff?.role && allowed.includes(staff.role))
}

/** Editors and admins: the ministry's own staff. */
export const isMinistry = (user: unknown): boolean => hasRole(user, 'admin', 'editor')

/** The embassy an embassy user works for; undefined for everyone else. */
export const embassyOf = (user: unknown): number | string | undefined =>
  hasRole(user, 'embassy') ? extractID(asStaff(user)?.embassy) : undefined
