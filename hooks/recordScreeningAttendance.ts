import type { CollectionAfterChangeHook } from 'payload'
import { extractID, sameID } from '../lib/extractID'
import { systemRequest } from '../lib/systemRequest'
import { refuse, type FieldProblem } from './refuse'
import { ruleMessage } from '../i18n/ruleMessage'

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
  const problems: FieldProblem[] = []
  for (const [index, row] of rows.entries()) {
    const id = extractID(row.screening as never)
    if (id === undefined || row.attendance === null || row.attendance === undefined) continue
    // A figure another confirmed report gave is the public record: never overwritten silently.
    const other = await req.payload.find({
      collection: 'reports',
      req: system,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      where: {
        and: [
          { id: { not_equals: doc.id } },
          { status: { in: confirmed } },
          { 'screenings.screening': { equals: id } },
        ],
      },
      select: { title: true, screenings: true },
    })
    const given = other.docs[0]?.screenings?.find((r) => sameID(r.screening, id))?.attendance
    if (given !== null && given !== undefined && given !== row.attendance) {
      problems.push({
        path: `screenings.${index}.attendance`,
        message: ruleMessage(req, 'attendanceDisagrees', {
          title: other.docs[0].title ?? '',
          link: `/admin/collections/reports/${other.docs[0].id}`,
          given,
        }),
      })
      continue
    }
    await req.payload.update({
      collection: 'screenings',
      id,
      req: system,
      depth: 0,
      overrideAccess: true,
      data: { status: 'held', attendance: row.attendance },
    })
  }
  if (problems.length) refuse('reports', problems, req)
  return doc
}
