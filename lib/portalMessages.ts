import type { Locale } from './locales'
import { pickMessages, type Catalogue } from './messages'
import { problemMessageKeys } from './portalProblems'

type PortalKey = keyof Catalogue['portal']

/**
 * The messages each of the portal's client components reads, and nothing else: the browser gets
 * these, in the page's language only (issue 11). tests/messages.test.ts checks every key a
 * component asks `useTranslations` for is in its list.
 */
export const clientMessageKeys = {
  SignInForm: ['email', 'password', 'signingIn', 'signIn', 'problems'],
  NewReportForm: [
    ...problemMessageKeys,
    'chooseEventHint',
    'openYourReport',
    'alreadyReportedEvents',
    'notSaved',
    'creating',
    'create',
  ],
  ReportForm: [
    ...problemMessageKeys,
    'noScreenings',
    'screeningsHint',
    'totalHint',
    'addAudience',
    'addPartner',
    'addGuest',
    'addPress',
    'addQuote',
    'addOutcome',
    'remove',
    'choose',
    'credit',
    'upload',
    'uploading',
    'photoNeedsAlt',
    'storyHint',
    'saving',
    'saved',
    'notSaved',
    'expired',
    'signInAgain',
    'restored',
    'submit',
    'resubmit',
    'submitting',
    'submitProblems',
    'commentForReviewer',
  ],
} satisfies Record<string, PortalKey[]>

export type PortalClientComponent = keyof typeof clientMessageKeys

/** The messages one client component receives, in one language. */
export const portalMessagesFor = (locale: Locale, component: PortalClientComponent) =>
  pickMessages(locale, 'portal', clientMessageKeys[component])
