import type { Catalogue, Translator } from './messages'

/**
 * The portal's words, as `useTranslations('portal')` gives them in a client component and
 * `translator(locale, 'portal')` on the server. Type-only import: no catalogue reaches the browser.
 */
export type PortalWords = Translator<'portal'>

export type FieldProblem = { path: string; message: string }
/** A problem as the portal shows it: in the form's language, with a link to open when there is one. */
export type ShownProblem = { text: string; link?: string }

/** The messages a field label can come from: plain ones, without arguments. */
type PortalKey = Parameters<PortalWords['raw']>[0]

/** The form's label of each field the server can name, by path without row numbers. */
const labels: Record<string, PortalKey> = {
  title: 'reportTitle',
  body: 'story',
  totalAttendance: 'totalAttendance',
  event: 'chooseEvent',
  screenings: 'sections.screenings',
  'screenings.attendance': 'attendance',
  'screenings.screening': 'sections.screenings',
  audience: 'sections.audience',
  'audience.segment': 'segment',
  'audience.count': 'count',
  'partners.name': 'partnerName',
  'partners.role': 'partnerRole',
  'guests.name': 'guestName',
  'guests.role': 'guestRole',
  'pressCoverage.outlet': 'outlet',
  'pressCoverage.country': 'country',
  'pressCoverage.language': 'pressLanguage',
  'pressCoverage.date': 'date',
  'pressCoverage.headline': 'headline',
  'pressCoverage.link': 'link',
  'quotes.person': 'person',
  'quotes.role': 'position',
  'quotes.text': 'quote',
  'outcomes.kind': 'outcomeKind',
  'outcomes.description': 'outcomeDescription',
  'outcomes.counterpart': 'counterpart',
  'outcomes.reach': 'reach',
  photos: 'sections.photos',
  file: 'photo',
  alt: 'altText',
}

/** The form's label of a field the server named (`audience.0.count` → "People"). */
export const fieldLabel = (t: PortalWords, path: string): string => {
  const [list, , field] = path.split('.')
  const key = labels[field ? `${list}.${field}` : list] ?? labels[list]
  return key ? t(key) : path
}

// The collection's messages (collections/Reports.ts, hooks/checkReportConsistency.ts,
// hooks/refuseSecondReport.ts) are written in English for the admin; the portal retells each
// in the form's language, and never shows English under Russian or Kazakh.
const quoted = '“([^”]*)”'
const patterns: [RegExp, (t: PortalWords, match: RegExpMatchArray, label: string) => ShownProblem][] = [
  [
    new RegExp(`already has a report on this event: ${quoted} \\((/portal/reports/[^)\\s]+)\\)`),
    (t, [, title, link]) => ({ text: t('fieldProblems.alreadyReported', { title }), link }),
  ],
  [
    /is required before the report is sent/,
    (t, _, label) => ({ text: t('fieldProblems.required', { field: label }) }),
  ],
  [/must be a whole number/, (t, _, label) => ({ text: t('fieldProblems.wholeNumber', { field: label }) })],
  [
    /adds up to (\d+), more than the total attendance of (\d+)/,
    (t, [, sum, total]) => ({
      text: t('fieldProblems.breakdownOverTotal', { sum: Number(sum), total: Number(total) }),
    }),
  ],
  [
    /adds up to (\d+), more than the (\d+) people the screenings counted/,
    (t, [, sum, counted]) => ({
      text: t('fieldProblems.breakdownOverScreenings', { sum: Number(sum), counted: Number(counted) }),
    }),
  ],
  [/not part of the report’s event/, (t) => ({ text: t('fieldProblems.notThisEvent') })],
  [
    new RegExp(`^${quoted} has not taken place yet`),
    (t, [, label]) => ({ text: t('fieldProblems.notYetHeld', { label }) }),
  ],
  [
    new RegExp(`^${quoted} was cancelled`),
    (t, [, label]) => ({ text: t('fieldProblems.cancelled', { label }) }),
  ],
  [/listed twice/, (t) => ({ text: t('fieldProblems.listedTwice') })],
  [/organised by another embassy/, (t) => ({ text: t('fieldProblems.otherEmbassy') })],
  [
    /is required in at least one language|This field is required/,
    (t, _, label) => ({ text: t('fieldProblems.required', { field: label }) }),
  ],
  [/between 1895 and 2099/, (t) => ({ text: t('fieldProblems.date') })],
  [/is not a web address/, (t, _, label) => ({ text: t('fieldProblems.link', { field: label }) })],
]

/** What to tell the user about one problem the server named, in the form's language. */
export const describeProblem = (t: PortalWords, problem: FieldProblem): ShownProblem => {
  const label = fieldLabel(t, problem.path)
  for (const [pattern, describe] of patterns) {
    const match = problem.message.match(pattern)
    if (match) return describe(t, match, label)
  }
  return { text: t('fieldProblems.invalid', { field: label }) }
}

/** The messages `describeProblem` and `describeFailure` read, for a client component's subset. */
export const problemMessageKeys = [
  ...new Set(Object.values(labels).map((key) => key.split('.')[0])),
  'fieldProblems',
  'sessionEnded',
  'notEditable',
  'notFound',
  'offline',
  'serverProblem',
] as (keyof Catalogue['portal'])[]

/** What to tell the user when a call failed for another reason than the fields. */
export const describeFailure = (
  t: PortalWords,
  kind: 'signed-out' | 'not-editable' | 'not-found' | 'offline' | 'server',
): string =>
  t(
    (
      {
        'signed-out': 'sessionEnded',
        'not-editable': 'notEditable',
        'not-found': 'notFound',
        offline: 'offline',
        server: 'serverProblem',
      } as const
    )[kind],
  )
