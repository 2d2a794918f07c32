import type { CollectionBeforeChangeHook } from 'payload'
import { extractID, sameID, type IDLike } from '../lib/extractID'
import { refuse, type FieldProblem } from './refuse'

/**
 * A report is about one of its embassy's events and the screenings of that event, and its audience
 * breakdown cannot add up to more people than came.
 */
export const checkReportConsistency: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const report = { ...originalDoc, ...data }
  const problems: FieldProblem[] = []
  const eventID = extractID(report.event)

  if (eventID !== undefined) {
    const event = await req.payload.findByID({
      collection: 'events', id: eventID, req, depth: 0, draft: true, overrideAccess: true, disableErrors: true,
      select: { organisingEmbassy: true, title: true },
    })
    if (event?.organisingEmbassy && report.embassy && !sameID(event.organisingEmbassy, report.embassy))
      problems.push({ path: 'event', message: `“${event.title}” is organised by another embassy; a report can only cover its own embassy's events.` })

    const screeningIDs = ((report.screenings ?? []) as IDLike[]).map(extractID).filter((id) => id !== undefined)
    if (screeningIDs.length) {
      const { docs } = await req.payload.find({
        collection: 'screenings', req, depth: 0, overrideAccess: true, pagination: false,
        where: { id: { in: screeningIDs } }, select: { event: true },
      })
      const foreign = screeningIDs.filter((id) => !docs.some((s) => sameID(s.id, id) && sameID(s.event, eventID)))
      if (foreign.length)
        problems.push({ path: 'screenings', message: `${foreign.length} of the chosen screenings do not belong to this report's event. Choose screenings of that event only.` })
    }
  }

  const breakdown = ((report.audience ?? []) as { count?: number | null }[]).reduce((sum, row) => sum + (row.count ?? 0), 0)
  if (report.totalAttendance === null || report.totalAttendance === undefined) {
    if (breakdown > 0) data.totalAttendance = breakdown
  } else if (breakdown > report.totalAttendance) {
    problems.push({ path: 'audience', message: `The audience breakdown adds up to ${breakdown}, more than the total attendance of ${report.totalAttendance}.` })
  }

  if (problems.length) refuse('reports', problems)
  return data
}
