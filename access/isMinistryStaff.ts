import type { Access, FieldAccess } from 'payload'
import { isMinistry } from './roles'

/** Editors and admins: the ministry's content staff. */
export const isMinistryStaff: Access = ({ req: { user } }) => isMinistry(user)

export const isMinistryStaffField: FieldAccess = ({ req: { user } }) => isMinistry(user)
