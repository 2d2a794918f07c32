import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { portalLocale, requireEmbassyStaff } from '@/auth/portalAccess'
import { PortalFrame } from '@/components/portal/PortalFrame'
import { PortalMessages } from '@/components/portal/PortalMessages'
import { ReportForm } from '@/components/portal/ReportForm'
import { ReportHistory } from '@/components/portal/ReportHistory'
import { ReportSummary } from '@/components/portal/ReportSummary'
import { StatusBadge } from '@/components/portal/StatusBadge'
import { countryOptions } from '@/lib/countries'
import { formatVenueTime } from '@/lib/dates'
import { languageOptions } from '@/lib/languages'
import { portalMessagesFor } from '@/lib/portalMessages'
import { portalText } from '@/lib/portalText'
import { formFromReport } from '@/lib/reportForm'
import { embassyEditableStatuses, type ReportStatus } from '@/lib/reportWorkflow'
import { audienceSegments, outcomeKinds, partnerRoles } from '@/lib/vocabulary'
import { queryEmbassyReport, queryEventScreenings } from '@/queries/portal'

export const generateMetadata = async (): Promise<Metadata> => ({
  title: portalText(await portalLocale()).titles.report,
})

type Props = { params: Promise<{ id: string }> }

/** One report: the form while the embassy holds the pen, otherwise where it stands and why. */
export default async function PortalReport({ params }: Props) {
  const { id } = await params
  const { user, embassy } = await requireEmbassyStaff(`/portal/reports/${id}`)
  const locale = await portalLocale()
  const text = portalText(locale)
  const report = await queryEmbassyReport(user, locale, id)
  if (!report) notFound()
  const status = report.status as ReportStatus
  const event = typeof report.event === 'object' ? report.event : null
  const screenings = await queryEventScreenings(user, locale, report.event as never)
  const askedFor = [...(report.statusHistory ?? [])]
    .reverse()
    .find((step) => step.status === 'changes_requested')?.comment
  const screeningLabel = (screening: (typeof screenings)[number]) =>
    `${typeof screening.film === 'object' ? screening.film?.title : ''} · ${formatVenueTime(locale, screening.startsAt, screening.startsAt_tz ?? embassy.timezone ?? 'UTC')}${screening.venue?.name ? ` · ${screening.venue.name}` : ''}`
  const labelled = (list: { value: string; label: Record<string, string> }[]) =>
    list.map(({ value, label }) => ({ value, label: label[locale] ?? label.en }))

  return (
    <PortalFrame returnTo={`/portal/reports/${id}`}>
      <Link href="/portal" className="text-sm text-steppe-700 underline underline-offset-4">
        ← {text.back}
      </Link>
      <header className="mt-4 space-y-2">
        <p className="text-sm text-slate-600">
          {text.reportOn}: {event?.title}
        </p>
        <h1 className="text-3xl font-bold text-steppe-900">{report.title}</h1>
        <StatusBadge status={status} label={text.status[status]} />
      </header>

      {status === 'changes_requested' && askedFor && (
        <section
          aria-labelledby="asked"
          className="mt-6 rounded-lg border-l-4 border-amber-600 bg-amber-50 p-4"
        >
          <h2 id="asked" className="font-semibold text-amber-900">
            {text.reviewerSays}
          </h2>
          <p className="mt-1 whitespace-pre-line">{askedFor}</p>
        </section>
      )}

      <div className="mt-6 space-y-8">
        {embassyEditableStatuses.includes(status) ? (
          <PortalMessages locale={locale} messages={portalMessagesFor(locale, 'ReportForm')}>
            <ReportForm
              locale={locale}
              reportID={report.id}
              resubmission={status === 'changes_requested'}
              initial={formFromReport(
                ((await queryEmbassyReport(user, locale, id, true)) ?? report) as never,
              )}
              screenings={screenings.map((screening) => ({
                id: screening.id,
                label: screeningLabel(screening),
              }))}
              photos={(report.photos ?? []).flatMap((photo) =>
                typeof photo === 'object' && photo
                  ? [{ id: photo.id, alt: photo.alt ?? '', credit: photo.credit ?? '' }]
                  : [],
              )}
              options={{
                segments: labelled(audienceSegments),
                partnerRoles: labelled(partnerRoles),
                outcomeKinds: labelled(outcomeKinds),
                languages: labelled(languageOptions),
                countries: labelled(countryOptions).sort((a, b) => a.label.localeCompare(b.label, locale)),
              }}
            />
          </PortalMessages>
        ) : (
          <>
            <p role="status" className="rounded-lg bg-white p-5 shadow-sm">
              {text.readOnly[status]}
              {status === 'published' && report.slug && (
                <>
                  {' '}
                  <Link
                    href={`/${locale}/reports/${report.slug}`}
                    className="font-medium text-steppe-700 underline underline-offset-4"
                  >
                    {text.viewPublic}
                  </Link>
                </>
              )}
            </p>
            <ReportSummary
              report={report}
              screeningLabels={
                new Map(screenings.map((screening) => [String(screening.id), screeningLabel(screening)]))
              }
              locale={locale}
              text={text}
            />
          </>
        )}
        <ReportHistory steps={report.statusHistory ?? []} locale={locale} text={text} />
      </div>
    </PortalFrame>
  )
}
