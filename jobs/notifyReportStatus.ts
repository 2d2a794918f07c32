import type { Payload, TaskConfig, Where } from 'payload'
import { serverURL } from '../config/env'
import { fallbackChain, isLocale, type Locale } from '../lib/locales'
import { translator } from '../lib/messages'
import { isMinistryReport } from '../lib/reporter'
import { reportMail } from '../lib/reportMail'
import type { ReportStatus } from '../lib/reportWorkflow'

type Recipient = { email: string; language?: string | null }

/** Who hears about a step: the ministry's editors (admins if there are none), or the embassy's staff. */
const recipientsFor = async (
  payload: Payload,
  status: ReportStatus,
  embassy: unknown,
): Promise<Recipient[]> => {
  const active: Where = { disabled: { not_equals: true } }
  const find = (where: Where) =>
    payload.find({
      collection: 'users',
      overrideAccess: true,
      depth: 0,
      pagination: false,
      where: { and: [active, where] },
      select: { email: true, language: true },
    })
  if (status === 'submitted') {
    const editors = await find({ role: { equals: 'editor' } })
    return editors.docs.length ? editors.docs : (await find({ role: { equals: 'admin' } })).docs
  }
  return (await find({ and: [{ role: { equals: 'embassy' } }, { embassy: { equals: embassy } }] })).docs
}

/**
 * Emails the people a report's step concerns, each in their working language, with the comment of
 * that step and a link to where they act on it. Retried by the job queue if the mail server fails.
 */
export const notifyReportStatus: TaskConfig<{
  input: { report: string; status: string }
  output: { sent: number }
}> = {
  slug: 'notifyReportStatus',
  retries: 3,
  inputSchema: [
    { name: 'report', type: 'text', required: true },
    { name: 'status', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'sent', type: 'number' }],
  handler: async ({ input, req }) => {
    const { payload } = req
    const status = input.status as ReportStatus
    const report = await payload.findByID({
      collection: 'reports',
      id: input.report,
      overrideAccess: true,
      depth: 1,
      locale: 'all',
      disableErrors: true,
    })
    if (!report || report.status !== status) return { output: { sent: 0 } } // moved on since: say nothing stale
    // The ministry's own report has no embassy to tell (hooks/notifyReportStatus.ts).
    const ministry = isMinistryReport(report)
    if (ministry && status !== 'submitted') return { output: { sent: 0 } }
    const comment = [...(report.statusHistory ?? [])]
      .reverse()
      .find((step) => step.status === status)?.comment
    const texts = (value: unknown) =>
      value && typeof value === 'object' ? (value as Record<string, string | undefined>) : {}
    // The recipient's language, else the next one a reader of it would want.
    const inLanguage = (value: unknown, locale: Locale) => {
      const text = texts(value)
      return [locale, ...fallbackChain[locale]].map((code) => text[code]).find(Boolean) ?? ''
    }
    const embassy = typeof report.embassy === 'object' ? report.embassy : null

    let sent = 0
    for (const recipient of await recipientsFor(payload, status, embassy?.id ?? report.embassy)) {
      const locale: Locale = isLocale(recipient.language) ? recipient.language : 'en'
      const link =
        status === 'submitted'
          ? `${serverURL}/admin/collections/reports/${report.id}`
          : status === 'published'
            ? `${serverURL}/${locale}/reports/${report.slug}`
            : `${serverURL}/portal/reports/${report.id}`
      const mail = reportMail(status, locale, {
        title: inLanguage(report.title, locale),
        embassy: ministry
          ? inLanguage(report.reportedBy === 'delegation' ? report.delegation : null, locale) ||
            translator(locale, 'site')('publisherName')
          : inLanguage(embassy?.name, locale),
        comment,
        link,
      })
      if (!mail) continue
      await payload.sendEmail({ to: recipient.email, ...mail })
      sent++
    }
    return { output: { sent } }
  },
}
