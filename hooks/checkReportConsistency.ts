import type { CollectionBeforeChangeHook } from 'payload'
import { extractID, sameID, type IDLike } from '../lib/extractID'
import { isMinistryReport } from '../lib/reporter'
import { readAside } from './readAside'
import { refuse, type FieldProblem } from './refuse'
import { ruleMessage } from '../i18n/ruleMessage'

type ScreeningRow = { screening?: IDLike; attendance?: number | null }

/**
 * A report is about an event its embassy organises (the ministry's own, about any event) and the
 * screenings of that event (held ones, if it gives their attendance), and its audience breakdown
 * cannot add up to more people than came.
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
    // report. The ministry's own report may cover any event, whoever organised it. The message
    // names no event: it may be one the person cannot read.
    if (!isMinistryReport(report) && report.embassy && !sameID(event?.organisingEmbassy, report.embassy))
      problems.push({
        path: 'event',
        message: ruleMessage(req, 'otherEmbassysEvent'),
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
            message: ruleMessage(req, 'screeningNotOfEvent'),
          })
        else if (
          row.attendance !== null &&
          row.attendance !== undefined &&
          new Date(screening.startsAt) > new Date()
        )
          problems.push({
            path: `screenings.${index}.attendance`,
            message: ruleMessage(req, 'screeningNotYetHeld', { screening: screening.label ?? '' }),
          })
        else if (row.attendance && screening.status === 'cancelled')
          problems.push({
            path: `screenings.${index}.attendance`,
            message: ruleMessage(req, 'screeningCancelled', { screening: screening.label ?? '' }),
          })
      })
      if (new Set(screeningIDs.map(String)).size < screeningIDs.length)
        problems.push({
          path: 'screenings',
          message: ruleMessage(req, 'screeningListedTwice'),
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
        message: ruleMessage(req, 'audienceOverScreenings', { sum: breakdown, counted: screened }),
      })
    else if (screened > 0 || breakdown > 0) data.totalAttendance = Math.max(screened, breakdown)
  } else if (breakdown > report.totalAttendance) {
    problems.push({
      path: 'audience',
      message: ruleMessage(req, 'audienceOverTotal', {
        sum: breakdown,
        total: report.totalAttendance,
      }),
    })
  }

  if (problems.length) refuse('reports', problems, req)
  return data
}
