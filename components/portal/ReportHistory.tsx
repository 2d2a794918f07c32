import { intlLocale, type Locale } from '@/lib/locales'
import type { PortalText } from '@/lib/portalText'
import type { ReportStatus } from '@/lib/reportWorkflow'
import { StatusBadge } from './StatusBadge'

type Step = {
  status?: string | null
  changedAt?: string | null
  comment?: string | null
  changedBy?: unknown
}

/** Every move of the report: who made it, when, and what they said. */
export function ReportHistory({ steps, locale, text }: { steps: Step[]; locale: Locale; text: PortalText }) {
  if (!steps.length) return null
  const when = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' })
  return (
    <section aria-labelledby="history" className="rounded-lg bg-white p-5 shadow-sm">
      <h2 id="history" className="text-xl font-semibold text-steppe-900">
        {text.history}
      </h2>
      <ol className="mt-3 space-y-3">
        {[...steps].reverse().map((step, index) => {
          const who =
            typeof step.changedBy === 'object' && step.changedBy
              ? String((step.changedBy as { name?: string }).name ?? '')
              : ''
          const at = step.changedAt ? when.format(new Date(step.changedAt)) : ''
          return (
            <li key={index} className="border-l-2 border-slate-300 pl-3">
              <StatusBadge
                status={step.status as ReportStatus}
                label={text.status[step.status as ReportStatus] ?? String(step.status)}
              />
              <span className="ml-2 text-sm text-slate-600">
                {/* No name when the step’s author is not readable here: the date alone, no dangling comma */}
                {who ? text.byOn(who, at) : at}
              </span>
              {step.comment && <p className="mt-1 whitespace-pre-line">{step.comment}</p>}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
