import type { Access } from 'payload'
import { hasRole, isMinistry } from './roles'

/**
 * Ministry staff move a report or an event to the trash (Payload asks with the `deletedAt` it will
 * set); only an admin deletes one for good. So a slip in the admin can always be undone.
 */
export const trashOrDelete: Access = ({ req: { user }, data }) =>
  (data as { deletedAt?: unknown } | undefined)?.deletedAt ? isMinistry(user) : hasRole(user, 'admin')
