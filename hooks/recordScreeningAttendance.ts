import type { CollectionAfterChangeHook } from 'payload'
import { extractID } from '../lib/extractID'
import { systemRequest } from '../lib/systemRequest'

const confirmed = ['approved', 'published']

/**
 * Once the ministry approves a report, the attendance it gives becomes each screening's own record
 * (held, with its audience), which the public figures count. It runs in the report's transaction:
 * if a screening refuses the figure, the report's save fails with it and neither is half-written.
 * The screening is the ministry's record, so it is written by the system, not by whoever approved.
 */
export const recordScreeningAttendance: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (!confirmed.includes(doc.status)) return doc
  const rows = (doc.screenings ?? []) as { screening?: unknown; attendance?: number | null }[]
  const unchanged =
    confirmed.includes(previousDoc?.status) &&
    JSON.stringify(previousDoc?.screenings ?? []) === JSON.stringify(rows)
  if (unchanged) return doc
  const system = await systemRequest(req)
  for (const row of rows) {
    const id = extractID(row.screening as never)
    if (id === undefined || row.attendance === null || row.attendance === undefined) continue
    await req.payload.update({
      collection: 'screenings',
      id,
      req: system,
      depth: 0,
      overrideAccess: true,
      data: { status: 'held', attendance: row.attendance },
    })
  }
  return doc
}
