import type { CollectionAfterChangeHook } from 'payload'
import { notifiedStatuses } from '../lib/reportMail'
import { isMinistryReport } from '../lib/reporter'
import { systemRequest } from '../lib/systemRequest'

/**
 * Queues the email for a status the other side needs to hear about. Queued in the report's own
 * transaction, so a save that fails sends nothing, and a slow mail server never slows the save.
 */
export const notifyReportStatus: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.status === previousDoc?.status || !notifiedStatuses.includes(doc.status)) return doc
  // The ministry's own report: the editors hear that it was sent for review, since a second editor
  // approves it. Its other steps are the ministry's own doing and no embassy waits on them, so no
  // one is mailed (its author works in the same review queue).
  if (isMinistryReport(doc) && doc.status !== 'submitted') return doc
  await req.payload.jobs.queue({
    task: 'notifyReportStatus',
    input: { report: String(doc.id), status: doc.status },
    req: await systemRequest(req),
  })
  return doc
}
