import type { CollectionAfterChangeHook } from 'payload'
import { notifiedStatuses } from '../lib/reportMail'
import { systemRequest } from '../lib/systemRequest'

/**
 * Queues the email for a status the other side needs to hear about. Queued in the report's own
 * transaction, so a save that fails sends nothing, and a slow mail server never slows the save.
 */
export const notifyReportStatus: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.status === previousDoc?.status || !notifiedStatuses.includes(doc.status)) return doc
  await req.payload.jobs.queue({
    task: 'notifyReportStatus',
    input: { report: String(doc.id), status: doc.status },
    req: await systemRequest(req),
  })
  return doc
}
