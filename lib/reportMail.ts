import type { Locale } from './locales'
import { translator } from './messages'
import type { ReportStatus } from './reportWorkflow'

/** The steps the other side hears about: editors when a report arrives, the embassy when it moves. */
export const notifiedStatuses: ReportStatus[] = ['submitted', 'changes_requested', 'published']

type Facts = { title: string; embassy: string; comment?: string | null; link: string }
type Mail = { subject: string; text: string }
type Notified = 'submitted' | 'changes_requested' | 'published'

const isNotified = (status: ReportStatus): status is Notified =>
  (notifiedStatuses as string[]).includes(status)

/** The mail about a report's step, in the recipient's language (`mail.report` in messages/). */
export const reportMail = (status: ReportStatus, locale: Locale, facts: Facts): Mail | null => {
  if (!isNotified(status)) return null
  const t = translator(locale, 'mail')
  const values = { ...facts, comment: facts.comment ?? '' }
  return { subject: t(`report.${status}.subject`, values), text: t(`report.${status}.text`, values) }
}
