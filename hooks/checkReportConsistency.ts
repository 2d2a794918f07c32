import type { CollectionBeforeChangeHook } from 'payload'
import { extractID, sameID, type IDLike } from '../lib/extractID'
import { readAside } from './readAside'
import { refuse, type FieldProblem } from './refuse'

type ScreeningRow = { screening?: IDLike; attendance?: number | null }

/**
 * A report is about an event its embassy organises and the screenings of that event (held ones, if it
 * gives their attendance), and its audience breakdown cannot add up to more people than came.
 */
export const checkReportConsistency: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const report = { ...originalDoc, ...data }
  const problems: FieldProblem[] = []
  const eventID = extractID(report.event)

  if (eventID !== undefined) {
    const event = await req.payload.findByID({
      collection: 'events',
      id: eventID,
      req,
      depth: 0,
      draft: true,
      overrideAccess: true,
      disableErrors: true,
      select: { organisingEmbassy: true },
    })
    // An event without an organising embassy (a festival the ministry attends) has no embassy
    // report. The message names no event: it may be one the person cannot read.
    if (report.embassy && !sameID(event?.organisingEmbassy, report.embassy))
      problems.push({
        path: 'event',
        message:
          'This event is organised by another embassy, or by none: a report can only cover an event its own embassy organises.',
      })

    const rows = (report.screenings ?? []) as ScreeningRow[]
    const screeningIDs = rows.map((row) => extractID(row.screening)).filter((id) => id !== undefined)
    if (screeningIDs.length) {
      const { docs } = await req.payload.find({
        collection: 'screenings',
        req: readAside(req),
        depth: 0,
        overrideAccess: true,
        pagination: false,
        where: { id: { in: screeningIDs } },
        select: { event: true, startsAt: true, status: true, label: true },
      })
      rows.forEach((row, index) => {
        const screening = docs.find((doc) => sameID(doc.id, row.screening))
        if (!screening || !sameID(screening.event, eventID))
          problems.push({
            path: `screenings.${index}.screening`,
            message:
              'This screening is not part of the report’s event. Choose screenings of that event only.',
          })
        else if (
          row.attendance !== null &&
          row.attendance !== undefined &&
          new Date(screening.startsAt) > new Date()
        )
          problems.push({
            path: `screenings.${index}.attendance`,
            message: `“${screening.label}” has not taken place yet, so it has no attendance to report.`,
          })
        else if (row.attendance && screening.status === 'cancelled')
          problems.push({
            path: `screenings.${index}.attendance`,
            message: `“${screening.label}” was cancelled; it cannot have had an audience.`,
          })
      })
      if (new Set(screeningIDs.map(String)).size < screeningIDs.length)
        problems.push({
          path: 'screenings',
          message: 'A screening is listed twice. List each screening once.',
        })
    }
  }

  const screened = ((report.screenings ?? []) as ScreeningRow[]).reduce(
    (sum, row) => sum + (row.attendance ?? 0),
    0,
  )
  const breakdown = ((report.audience ?? []) as { count?: number | null }[]).reduce(
    (sum, row) => sum + (row.count ?? 0),
    0,
  )
  if (report.totalAttendance === null || report.totalAttendance === undefined) {
    // With no total typed, the screenings' attendance is the total: a breakdown larger than it is
    // refused, even in a draft, rather than silently raising the total.
    if (screened > 0 && breakdown > screened)
      problems.push({
        path: 'audience',
        message: `The audience breakdown adds up to ${breakdown}, more than the ${screened} people the screenings counted.`,
      })
    else if (screened > 0 || breakdown > 0) data.totalAttendance = Math.max(screened, breakdown)
  } else if (breakdown > report.totalAttendance) {
    problems.push({
      path: 'audience',
      message: `The audience breakdown adds up to ${breakdown}, more than the total attendance of ${report.totalAttendance}.`,
    })
  }

  if (problems.length) refuse('reports', problems)
  return data
}
