import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ListPagination } from '@/components/ListPagination'
import { countryName } from '@/lib/countries'
import { formatDay } from '@/lib/dates'
import type { Locale } from '@/lib/locales'
import { relation } from '@/lib/relation'
import { reporterName } from '@/lib/reporter'
import { siteText } from '@/lib/siteText'
import { queryReportPage } from '@/queries/reports'

/** The published reports (embassies' and the ministry's own), newest first, a page at a time. */
export async function ReportList({ locale, page }: { locale: Locale; page: number }) {
  const text = siteText(locale)
  const result = await queryReportPage(locale, page)
  // A page past the last is no page: a 404, not an empty list cached under its own address.
  if (result.docs.length === 0 && page > 1) notFound()

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-steppe-900">{text.reports}</h1>
      {result.docs.length === 0 ? (
        <p className="mt-8 text-slate-700">{text.noReports}</p>
      ) : (
        <ul className="mt-6 space-y-3" data-testid="reports">
          {result.docs.map((report) => {
            const event = relation<{ title?: string; city?: string; country?: string }>(report.event)
            return (
              <li key={report.id} className="rounded-lg border border-steppe-100 bg-white p-4">
                <h2 className="text-lg font-semibold">
                  <Link
                    href={`/${locale}/reports/${report.slug}`}
                    className="text-steppe-700 underline-offset-4 hover:underline"
                  >
                    {report.title}
                  </Link>
                </h2>
                <p className="mt-1 text-sm text-slate-600">
                  {[
                    reporterName(report, text.publisherName),
                    event?.city && event.country
                      ? `${event.city}, ${countryName(event.country, locale)}`
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                  {report.publishedAt && (
                    <>
                      {' · '}
                      <time dateTime={report.publishedAt}>{formatDay(locale, report.publishedAt)}</time>
                    </>
                  )}
                </p>
              </li>
            )
          })}
        </ul>
      )}
      <ListPagination locale={locale} list="reports" filters={{}} pages={result} />
    </>
  )
}
