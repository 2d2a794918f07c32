import type { Catalogue, Translator } from './messages'

/**
 * The portal's words, as `useTranslations('portal')` gives them in a client component and
 * `translator(locale, 'portal')` on the server. Type-only import: no catalogue reaches the browser.
 */
export type PortalWords = Translator<'portal'>

/** A field the server named: its path, its message and (from Payload) its label, all in the form's language. */
export type FieldProblem = { path: string; message: string; label?: string }
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

// The portal's API calls the Local API in the form's language (auth/portalRoute.ts), so every rule's
// message arrives in that language (i18n/admin/ruleWords.ts, and Payload's own) with the
// collection's field labels in it. A message that names no field (Payload's "This field is
// required.") is prefixed with the form's label, so a list of problems says where each one is.
const reportLink = / ?\((\/portal\/reports\/[^)\s]+)\)/

/** What to tell the user about one problem the server named, in the form's language. */
export const describeProblem = (t: PortalWords, problem: FieldProblem): ShownProblem => {
  const label = fieldLabel(t, problem.path)
  const message = problem.message?.trim()
  if (!message) return { text: t('fieldProblems.invalid', { field: label }) }
  const link = message.match(reportLink)?.[1]
  const text = message.replace(reportLink, '')
  const named = problem.label?.split(' > ').pop()?.trim()
  const namesField = !named || text.includes(named) || text.includes(label)
  return { text: namesField ? text : `${label}: ${text}`, ...(link ? { link } : {}) }
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
