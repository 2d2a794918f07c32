import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { writeAudit, type AuditAction } from '../lib/audit'

const titleOf = (doc: Record<string, unknown>) =>
  String(doc.title ?? doc.name ?? doc.label ?? doc.alt ?? doc.email ?? doc.filename ?? doc.id)

/** What kind of change this was, in the ministry's words. */
const actionFor = (
  operation: string,
  doc: Record<string, unknown>,
  previous: Record<string, unknown> | undefined,
): AuditAction => {
  if (operation === 'create') return 'create'
  if (previous?.deletedAt && !doc.deletedAt) return 'restore'
  if (doc.deletedAt && !previous?.deletedAt) return 'delete'
  const published = (value: Record<string, unknown> | undefined) =>
    value?._status === 'published' || value?.status === 'published'
  if (published(doc) && !published(previous)) return 'publish'
  return 'update'
}

/**
 * Who created, changed, published, trashed or restored what, and when: one entry per save, written
 * in the save's own transaction, so a change that is rolled back leaves no entry.
 */
export const auditChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const action = actionFor(operation, doc, previousDoc)
  await writeAudit(
    req.payload,
    {
      action,
      user: req.user?.id,
      email: req.user?.email as string | undefined,
      collectionName: collection.slug,
      documentID: doc.id,
      summary: `${action} ${collection.slug} “${titleOf(doc)}”`,
    },
    req,
  )
  return doc
}

export const auditDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await writeAudit(
    req.payload,
    {
      action: 'delete',
      user: req.user?.id,
      email: req.user?.email as string | undefined,
      collectionName: collection.slug,
      documentID: doc.id,
      summary: `deleted ${collection.slug} “${titleOf(doc)}” for good`,
    },
    req,
  )
  return doc
}
