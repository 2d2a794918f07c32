import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { FallbackNote } from '@/components/FallbackNote'
import { JsonLd } from '@/components/JsonLd'
import { Photo } from '@/components/Photo'
import { RichText } from '@/components/RichText'
import { alternates } from '@/lib/alternates'
import { countryName } from '@/lib/countries'
import { formatDay, formatDayRange } from '@/lib/dates'
import { intlLocale, isLocale, locales } from '@/lib/locales'
import { imageIn } from '@/lib/media'
import { nestQuotes, quoted } from '@/lib/quotes'
import { plainFromRichText } from '@/lib/richText'
import { relation } from '@/lib/relation'
import { reporterName } from '@/lib/reporter'
import { siteText } from '@/lib/siteText'
import { reportJsonLd } from '@/lib/structuredData'
import { socialCard } from '@/lib/socialCard'
import { audienceSegments, outcomeKinds, partnerRoles } from '@/lib/vocabulary'
import { isTranslated } from '@/queries/translation'
import { queryPrerenderedReportSlugs, queryReportBySlug } from '@/queries/reports'

// Rebuilt when a tag its data carries is expired (hooks/revalidateSite.ts), else at most hourly.
// The build prerenders what readers open most; any other page is rendered on its first request
// and kept (dynamicParams), so the build does not grow with the archive.
export const revalidate = 3600

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateStaticParams() {
  const slugs = await queryPrerenderedReportSlugs()
  return locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })))
}

const load = async (params: Props['params']) => {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const report = await queryReportBySlug(locale, slug)
  if (!report) notFound()
  return { locale, report }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, report } = await load(params)
  const description = plainFromRichText(report.body).slice(0, 300) || undefined
  const photo = imageIn(report.photos?.[0], 'social')
  const reporter = reporterName(report, siteText(locale).publisherName)
  return {
    title: report.title,
    description,
    alternates: alternates(locale, `/reports/${report.slug}`),
    ...socialCard({
      locale,
      path: `/reports/${report.slug}`,
      title: report.title ?? '',
      description,
      type: 'article',
      image: photo,
      publishedTime: report.publishedAt,
      authors: reporter ? [reporter] : undefined,
    }),
  }
}

export default async function ReportPage({ params }: Props) {
  const { locale, report } = await load(params)
  const text = siteText(locale)
  const number = new Intl.NumberFormat(intlLocale(locale))
  const translated = await isTranslated('reports', locale, report)
  // The embassy, the ministry or its delegation: the public sees who wrote what it reads.
  const reporter = reporterName(report, text.publisherName)
  const event = relation<{
    title?: string
    slug?: string
    startsOn: string
    endsOn?: string
    city?: string
    country: string
  }>(report.event)
  const audience = report.audience ?? []
  const largest = Math.max(1, ...audience.map((row) => row.count ?? 0))

  const jsonLd = reportJsonLd({
    report,
    locale,
    images: (report.photos ?? []).slice(0, 3).map((photo) => imageIn(photo, 'social')),
    description: plainFromRichText(report.body).slice(0, 300),
  })

  return (
    <article>
      <JsonLd data={jsonLd} />
      {!translated && <FallbackNote locale={locale} />}
      <p className="text-sm font-medium uppercase tracking-wide text-steppe-600">{text.report}</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight text-steppe-900 sm:text-4xl">
        {nestQuotes(report.title ?? '', locale)}
      </h1>
      <p className="mt-3 text-slate-700">
        {reporter && `${text.reportBy} ${reporter}`}
        {report.publishedAt && (
          <>
            {' '}
            · <time dateTime={report.publishedAt}>{formatDay(locale, report.publishedAt)}</time>
          </>
        )}
      </p>
      {event && (
        <p className="mt-1 text-slate-700">
          {text.aboutEvent}:{' '}
          <Link
            href={`/${locale}/events/${event.slug}`}
            className="font-medium text-steppe-700 underline underline-offset-4"
          >
            {event.title}
          </Link>{' '}
          ({formatDayRange(locale, event.startsOn, event.endsOn)}, {event.city},{' '}
          {countryName(event.country, locale)})
        </p>
      )}

      <dl className="mt-8 grid grid-cols-2 gap-4 sm:grid-cols-3">
        {report.totalAttendance ? (
          <div className="rounded-lg bg-white p-5 shadow-sm">
            <dt className="text-sm text-slate-600">{text.totalAttendance}</dt>
            <dd className="text-3xl font-bold text-steppe-900">{number.format(report.totalAttendance)}</dd>
          </div>
        ) : null}
        {report.screenings && report.screenings.length > 0 && (
          <div className="rounded-lg bg-white p-5 shadow-sm">
            <dt className="text-sm text-slate-600">{text.screeningsCovered}</dt>
            <dd className="text-3xl font-bold text-steppe-900">{number.format(report.screenings.length)}</dd>
          </div>
        )}
        {report.pressCoverage && report.pressCoverage.length > 0 && (
          <div className="rounded-lg bg-white p-5 shadow-sm">
            <dt className="text-sm text-slate-600">{text.pressCoverage}</dt>
            <dd className="text-3xl font-bold text-steppe-900">
              {number.format(report.pressCoverage.length)}
            </dd>
          </div>
        )}
      </dl>

      <div className="mt-8">
        <RichText data={report.body} />
      </div>

      {audience.length > 0 && (
        <section aria-labelledby="audience" className="mt-10">
          <h2 id="audience" className="text-2xl font-semibold text-steppe-900">
            {text.audience}
          </h2>
          <ul className="mt-4 space-y-2">
            {audience.map((row) => (
              <li key={row.id} className="grid grid-cols-[10rem_1fr_auto] items-center gap-3 text-slate-800">
                <span>
                  {audienceSegments.find((segment) => segment.value === row.segment)?.label[locale]}
                </span>
                <span
                  aria-hidden="true"
                  className="h-3 rounded bg-steppe-600"
                  style={{ width: `${Math.round(((row.count ?? 0) / largest) * 100)}%` }}
                />
                <span className="tabular-nums">{number.format(row.count ?? 0)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {report.quotes && report.quotes.length > 0 && (
        <section aria-labelledby="quotes" className="mt-10">
          <h2 id="quotes" className="text-2xl font-semibold text-steppe-900">
            {text.quotes}
          </h2>
          {report.quotes.map((quote) => (
            <figure key={quote.id} className="mt-4 border-l-4 border-sun-400 bg-white p-5">
              <blockquote lang={quote.language ?? undefined} className="text-lg text-slate-900">
                {/* In the reader's marks: «…» with „…“ inside in ru and kk, “…” in en. */}
                {quoted(quote.text ?? '', locale)}
              </blockquote>
              <figcaption className="mt-2 text-slate-700">
                — {quote.person}
                {quote.role ? `, ${quote.role}` : ''}
              </figcaption>
            </figure>
          ))}
        </section>
      )}

      {report.outcomes && report.outcomes.length > 0 && (
        <section aria-labelledby="outcomes" className="mt-10">
          <h2 id="outcomes" className="text-2xl font-semibold text-steppe-900">
            {text.outcomes}
          </h2>
          <ul className="mt-3 space-y-3">
            {report.outcomes.map((outcome) => (
              <li key={outcome.id} className="rounded-lg bg-white p-4">
                <p className="text-sm font-medium uppercase tracking-wide text-steppe-600">
                  {outcomeKinds.find((kind) => kind.value === outcome.kind)?.label[locale]}
                </p>
                <p className="mt-1 text-slate-900">{outcome.description}</p>
                {outcome.counterpart && <p className="text-sm text-slate-600">{outcome.counterpart}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {((report.partners?.length ?? 0) > 0 || (report.guests?.length ?? 0) > 0) && (
        <div className="mt-10 grid gap-8 sm:grid-cols-2">
          {report.partners && report.partners.length > 0 && (
            <section aria-labelledby="partners">
              <h2 id="partners" className="text-2xl font-semibold text-steppe-900">
                {text.partners}
              </h2>
              <ul className="mt-3 space-y-1 text-slate-800">
                {report.partners.map((partner) => (
                  <li key={partner.id}>
                    {partner.name}
                    {partner.role && (
                      <span className="text-slate-600">
                        {' '}
                        — {partnerRoles.find((role) => role.value === partner.role)?.label[locale]}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {report.guests && report.guests.length > 0 && (
            <section aria-labelledby="guests">
              <h2 id="guests" className="text-2xl font-semibold text-steppe-900">
                {text.guests}
              </h2>
              <ul className="mt-3 space-y-1 text-slate-800">
                {report.guests.map((guest) => (
                  <li key={guest.id}>
                    {guest.name}
                    {guest.role && <span className="text-slate-600"> — {guest.role}</span>}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      )}

      {report.pressCoverage && report.pressCoverage.length > 0 && (
        <section aria-labelledby="press" className="mt-10">
          <h2 id="press" className="text-2xl font-semibold text-steppe-900">
            {text.pressCoverage}
          </h2>
          <ul className="mt-3 space-y-2">
            {report.pressCoverage.map((item) => (
              <li key={item.id} className="text-slate-800">
                {item.link ? (
                  <a
                    href={item.link}
                    rel="noopener noreferrer"
                    className="font-medium text-steppe-700 underline underline-offset-4"
                  >
                    {item.headline || item.outlet}
                  </a>
                ) : (
                  <span className="font-medium">{item.headline || item.outlet}</span>
                )}
                <span className="text-slate-600">
                  {' '}
                  —{' '}
                  {[
                    item.outlet,
                    item.country && countryName(item.country, locale),
                    item.date && formatDay(locale, item.date),
                  ]
                    .filter(Boolean)
                    .join(', ')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {report.photos && report.photos.length > 0 && (
        <section aria-labelledby="photos" className="mt-10">
          <h2 id="photos" className="text-2xl font-semibold text-steppe-900">
            {text.photos}
          </h2>
          <div className="mt-3 grid gap-4 sm:grid-cols-2">
            {report.photos.map((item) => {
              const photo = imageIn(item, 'hero')
              const credit = relation<{ credit?: string }>(item)?.credit
              return photo ? (
                <figure key={photo.src}>
                  <Photo image={photo} className="rounded-lg" />
                  {credit && (
                    <figcaption className="mt-1 text-sm text-slate-600">
                      {text.photoCredit}: {credit}
                    </figcaption>
                  )}
                </figure>
              ) : null
            })}
          </div>
        </section>
      )}
    </article>
  )
}
