import type { PortalText } from './portalText'

export type FieldProblem = { path: string; message: string }
/** A problem as the portal shows it: in the form's language, with a link to open when there is one. */
export type ShownProblem = { text: string; link?: string }

/** The form's label of a field the server named (`audience.0.count` → "People"). */
export const fieldLabel = (text: PortalText, path: string): string => {
  const [list, , field] = path.split('.')
  const labels: Record<string, string> = {
    title: text.reportTitle,
    body: text.story,
    totalAttendance: text.totalAttendance,
    event: text.chooseEvent,
    screenings: text.sections.screenings,
    'screenings.attendance': text.attendance,
    'screenings.screening': text.sections.screenings,
    audience: text.sections.audience,
    'audience.segment': text.segment,
    'audience.count': text.count,
    'partners.name': text.partnerName,
    'partners.role': text.partnerRole,
    'guests.name': text.guestName,
    'guests.role': text.guestRole,
    'pressCoverage.outlet': text.outlet,
    'pressCoverage.country': text.country,
    'pressCoverage.language': text.pressLanguage,
    'pressCoverage.date': text.date,
    'pressCoverage.headline': text.headline,
    'pressCoverage.link': text.link,
    'quotes.person': text.person,
    'quotes.role': text.position,
    'quotes.text': text.quote,
    'outcomes.kind': text.outcomeKind,
    'outcomes.description': text.outcomeDescription,
    'outcomes.counterpart': text.counterpart,
    'outcomes.reach': text.reach,
    photos: text.sections.photos,
    file: text.photo,
    alt: text.altText,
  }
  return labels[field ? `${list}.${field}` : list] ?? labels[list] ?? path
}

// The collection's messages (collections/Reports.ts, hooks/checkReportConsistency.ts,
// hooks/refuseSecondReport.ts) are written in English for the admin; the portal retells each
// in the form's language, and never shows English under Russian or Kazakh.
const quoted = '“([^”]*)”'
const patterns: [RegExp, (text: PortalText, match: RegExpMatchArray, label: string) => ShownProblem][] = [
  [
    new RegExp(`already has a report on this event: ${quoted} \\((/portal/reports/[^)\\s]+)\\)`),
    (text, [, title, link]) => ({ text: text.fieldProblems.alreadyReported(title), link }),
  ],
  [
    /is required before the report is sent/,
    (text, _, label) => ({ text: text.fieldProblems.required(label) }),
  ],
  [/must be a whole number/, (text, _, label) => ({ text: text.fieldProblems.wholeNumber(label) })],
  [
    /adds up to (\d+), more than the total attendance of (\d+)/,
    (text, [, sum, total]) => ({ text: text.fieldProblems.breakdownOverTotal(Number(sum), Number(total)) }),
  ],
  [
    /adds up to (\d+), more than the (\d+) people the screenings counted/,
    (text, [, sum, counted]) => ({
      text: text.fieldProblems.breakdownOverScreenings(Number(sum), Number(counted)),
    }),
  ],
  [/not part of the report’s event/, (text) => ({ text: text.fieldProblems.notThisEvent })],
  [
    new RegExp(`^${quoted} has not taken place yet`),
    (text, [, label]) => ({ text: text.fieldProblems.notYetHeld(label) }),
  ],
  [
    new RegExp(`^${quoted} was cancelled`),
    (text, [, label]) => ({ text: text.fieldProblems.cancelled(label) }),
  ],
  [/listed twice/, (text) => ({ text: text.fieldProblems.listedTwice })],
  [/organised by another embassy/, (text) => ({ text: text.fieldProblems.otherEmbassy })],
  [
    /is required in at least one language|This field is required/,
    (text, _, label) => ({
      text: text.fieldProblems.required(label),
    }),
  ],
  [/between 1895 and 2099/, (text) => ({ text: text.fieldProblems.date })],
  [/is not a web address/, (text, _, label) => ({ text: text.fieldProblems.link(label) })],
]

/** What to tell the user about one problem the server named, in the form's language. */
export const describeProblem = (text: PortalText, problem: FieldProblem): ShownProblem => {
  const label = fieldLabel(text, problem.path)
  for (const [pattern, describe] of patterns) {
    const match = problem.message.match(pattern)
    if (match) return describe(text, match, label)
  }
  return { text: text.fieldProblems.invalid(label) }
}

/** What to tell the user when a call failed for another reason than the fields. */
export const describeFailure = (
  text: PortalText,
  kind: 'signed-out' | 'not-editable' | 'not-found' | 'offline' | 'server',
): string =>
  ({
    'signed-out': text.sessionEnded,
    'not-editable': text.notEditable,
    'not-found': text.notFound,
    offline: text.offline,
    server: text.serverProblem,
  })[kind]
