import type { Payload, PayloadRequest } from 'payload'
import { asDocumentID, extractID, type IDLike } from './extractID'
import { systemRequest } from './systemRequest'

export const auditActions = [
  'sign_in',
  'sign_in_failed',
  'sign_in_throttled',
  'sign_out',
  'create',
  'update',
  'publish',
  'delete',
  'restore',
] as const
export type AuditAction = (typeof auditActions)[number]

export type AuditEntry = {
  action: AuditAction
  summary?: string
  user?: IDLike
  email?: string | null
  address?: string | null
  device?: string | null
  collectionName?: string
  documentID?: IDLike
}

/**
 * Writes one entry as the system. With `req` it joins the request's transaction, so a change that
 * is rolled back leaves no entry behind.
 */
export const writeAudit = async (payload: Payload, entry: AuditEntry, req?: Partial<PayloadRequest>) =>
  payload.create({
    collection: 'audit-log',
    overrideAccess: true,
    depth: 0,
    req: req ? await systemRequest({ payload, ...req }) : undefined,
    data: {
      ...entry,
      email: entry.email?.trim().toLowerCase() || null,
      // Sessions carry the user's ID as text; the relationship wants it as the database does.
      user: (asDocumentID(extractID(entry.user), payload.db.defaultIDType) ?? null) as number | null,
      documentID: entry.documentID === undefined ? null : String(extractID(entry.documentID)),
    },
  })
