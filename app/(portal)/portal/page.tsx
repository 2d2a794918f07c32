import type { Metadata } from 'next'
import Link from 'next/link'
import { portalLocale, requireEmbassyStaff } from '@/auth/portalAccess'
import { PortalFrame } from '@/components/portal/PortalFrame'
import { StatusBadge } from '@/components/portal/StatusBadge'
import { formatDayRange } from '@/lib/dates'
import { extractID, sameID } from '@/lib/extractID'
import { insightsWords } from '@/lib/insightsText'
import { portalText } from '@/lib/portalText'
import { reportStatuses, type ReportStatus } from '@/lib/reportWorkflow'
import { queryEmbassyEvents, queryEmbassyReports } from '@/queries/portal'

export const generateMetadata = async (): Promise<Metadata> => ({
  title: portalText(await portalLocale()).dashboard,
})

const today = () => new Date().toISOString().slice(0, 10)

/** The embassy's desk: what the ministry sent back, every report by status, and its events. */
export default async function PortalHome() {
  const { user } = await requireEmbassyStaff('/portal')
  const locale = await portalLocale()
  const text = portalText(locale)
  const [events, reports] = await Promise.all([
    queryEmbassyEvents(user, locale),
    queryEmbassyReports(user, locale),
  ])
  const sentBack = reports.filter((report) => report.status === 'changes_requested')
  const lastComment = (report: (typeof reports)[number]) =>
    [...(report.statusHistory ?? [])].reverse().find((step) => step.status === 'changes_requested')?.comment
  const eventTitle = (event: unknown) =>
    typeof event === 'object' && event ? String((event as { title?: string }).title ?? '') : ''
  const upcoming = events.filter((event) => event.startsOn.slice(0, 10) > today()).reverse()
  const begun = events.filter((event) => event.startsOn.slice(0, 10) <= today())
  const reportFor = (eventID: number | string) =>
    reports.find((report) => sameID(report.event as never, eventID))

  return (
    <PortalFrame returnTo="/portal">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold text-steppe-900">{text.dashboard}</h1>
        <Link
          href="/portal/reports/new"
          className="rounded bg-steppe-700 px-4 py-2 font-semibold text-white hover:bg-steppe-900"
        >
          {text.newReport}
        </Link>
      </div>
      {/* A PDF from a route handler: a plain link, not the client router. */}
      <p className="mt-3">
        <a
          href={`/portal/our-year?year=${new Date().getUTCFullYear()}&locale=${locale}`}
          className="font-semibold text-steppe-700 underline hover:text-steppe-900"
        >
          {insightsWords[locale].ourYear} (PDF)
        </a>
      </p>

      <section aria-labelledby="sent-back" className="mt-8">
        <h2 id="sent-back" className="text-xl font-semibold text-steppe-900">
          {text.askedToChange}
        </h2>
        {sentBack.length === 0 ? (
          <p className="mt-2 text-slate-700">{text.nothingAsked}</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {sentBack.map((report) => (
              <li key={report.id} className="rounded-lg border-l-4 border-amber-600 bg-white p-4 shadow-sm">
                <Link
                  href={`/portal/reports/${report.id}`}
                  className="font-semibold text-steppe-700 underline underline-offset-4"
                >
                  {report.title}
                </Link>
                <p className="text-sm text-slate-600">{eventTitle(report.event)}</p>
                {lastComment(report) && (
                  <blockquote className="mt-2 whitespace-pre-line border-l-2 border-slate-300 pl-3 text-slate-800">
                    {lastComment(report)}
                  </blockquote>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="reports" className="mt-10">
        <h2 id="reports" className="text-xl font-semibold text-steppe-900">
          {text.reports}
        </h2>
        {reports.length === 0 ? (
          <p className="mt-2 text-slate-700">{text.noReports}</p>
        ) : (
          reportStatuses.map((status: ReportStatus) => {
            const inStatus = reports.filter((report) => report.status === status)
            if (!inStatus.length) return null
            return (
              <div key={status} className="mt-4">
                <h3 className="font-medium text-slate-800">
                  <StatusBadge status={status} label={`${text.status[status]} · ${inStatus.length}`} />
                </h3>
                <ul className="mt-2 divide-y divide-slate-200 rounded-lg bg-white shadow-sm">
                  {inStatus.map((report) => (
                    <li key={report.id} className="flex flex-wrap items-baseline justify-between gap-2 p-3">
                      <span>
                        <Link
                          href={`/portal/reports/${report.id}`}
                          className="font-medium text-steppe-700 underline underline-offset-4"
                        >
                          {report.title}
                        </Link>
                        <span className="block text-sm text-slate-600">{eventTitle(report.event)}</span>
                      </span>
                      {status === 'published' && report.slug && (
                        <Link
                          href={`/${locale}/reports/${report.slug}`}
                          className="text-sm text-steppe-700 underline underline-offset-4"
                        >
                          {text.viewPublic}
                        </Link>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            )
          })
        )}
      </section>

      <div className="mt-10 grid gap-8 md:grid-cols-2">
        {[
          { id: 'upcoming', heading: text.upcomingEvents, list: upcoming },
          { id: 'past', heading: text.pastEvents, list: begun },
        ].map(({ id, heading, list }) => (
          <section key={id} aria-labelledby={`events-${id}`}>
            <h2 id={`events-${id}`} className="text-xl font-semibold text-steppe-900">
              {heading}
            </h2>
            {list.length === 0 ? (
              <p className="mt-2 text-slate-700">{text.noEvents}</p>
            ) : (
              <ul className="mt-3 space-y-2">
                {list.map((event) => {
                  const report = reportFor(event.id)
                  return (
                    <li key={event.id} className="rounded-lg bg-white p-3 shadow-sm">
                      <span className="font-medium">{event.title}</span>
                      <span className="block text-sm text-slate-600">
                        {formatDayRange(locale, event.startsOn, event.endsOn)}
                        {event.city ? ` · ${event.city}` : ''}
                      </span>
                      {id === 'past' && (
                        <Link
                          href={
                            report
                              ? `/portal/reports/${report.id}`
                              : `/portal/reports/new?event=${extractID(event.id)}`
                          }
                          className="mt-1 inline-block text-sm font-medium text-steppe-700 underline underline-offset-4"
                        >
                          {report
                            ? `${text.open}: ${text.status[report.status as ReportStatus]}`
                            : text.writeReport}
                        </Link>
                      )}
                    </li>
                  )
                })}
              </ul>
            )}
          </section>
        ))}
      </div>
    </PortalFrame>
  )
}
