import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { EventCard } from '@/components/EventCard'
import { FilmCard } from '@/components/FilmCard'
import { WorldMap } from '@/components/WorldMap'
import { alternates } from '@/lib/alternates'
import { formatDay } from '@/lib/dates'
import { reporterName } from '@/lib/reporter'
import { intlLocale, isLocale } from '@/lib/locales'
import { firstWithPicture } from '@/lib/media'
import { siteText } from '@/lib/siteText'
import { socialCard } from '@/lib/socialCard'
import { queryUpcomingEvents } from '@/queries/events'
import { queryFigures } from '@/queries/figures'
import { queryFeaturedFilms } from '@/queries/films'
import { queryLatestReports } from '@/queries/reports'

// Rebuilt at most hourly (so "upcoming" moves on), and when a tag its data carries is expired.
export const revalidate = 3600

type Props = { params: Promise<{ locale: string }> }

/** Countries the home page names under its map; every one is on /{locale}/countries. */
const homeCountries = 24

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const text = siteText(locale)
  return {
    alternates: alternates(locale),
    ...socialCard({ locale, title: text.siteName, description: text.tagline }),
  }
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const text = siteText(locale)
  const number = new Intl.NumberFormat(intlLocale(locale))
  const [{ docs: events }, figures, reports, featured] = await Promise.all([
    queryUpcomingEvents(locale),
    queryFigures(),
    queryLatestReports(locale, 3),
    queryFeaturedFilms(locale, 4),
  ])
  const prioritised = firstWithPicture(events.map((event) => event.heroImage))
  return (
    <>
      <section className="mb-10">
        <h1 className="text-3xl font-bold tracking-tight text-steppe-900 sm:text-4xl">{text.siteName}</h1>
        <p className="mt-3 max-w-2xl text-lg text-slate-700">{text.tagline}</p>
      </section>

      <section aria-labelledby="upcoming">
        <h2 id="upcoming" className="mb-4 text-2xl font-semibold text-steppe-900">
          {text.upcoming}
        </h2>
        {events.length === 0 ? (
          <p>{text.noUpcoming}</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {events.map((event, index) => (
              <li key={event.id} className="flex">
                <EventCard event={event} locale={locale} priority={index === prioritised} />
              </li>
            ))}
          </ul>
        )}
        <p className="mt-4">
          <Link
            href={`/${locale}/events`}
            className="font-medium text-steppe-700 underline underline-offset-4"
          >
            {text.allEvents}
          </Link>
        </p>
      </section>

      <section aria-labelledby="figures" className="mt-12">
        <h2 id="figures" className="sr-only">
          {text.figures}
        </h2>
        {figures.since ? (
          <p className="mb-3 text-sm text-slate-600">{text.figuresSince(figures.since)}</p>
        ) : null}
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          {(['countries', 'events', 'screenings', 'audience'] as const).map((figure) => (
            <div key={figure} className="flex flex-col-reverse rounded-lg bg-white p-5 shadow-sm">
              <dt className="text-slate-600">{text.figureOf(figure, figures[figure])}</dt>
              <dd className="text-3xl font-bold text-steppe-900">{number.format(figures[figure])}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="map-heading" className="mt-12">
        <h2 id="map-heading" className="mb-4 text-2xl font-semibold text-steppe-900">
          {text.mapHeading}
        </h2>
        <WorldMap locale={locale} eventsPerCountry={figures.eventsPerCountry} listed={homeCountries} />
      </section>

      {reports.length > 0 && (
        <section aria-labelledby="reports" className="mt-12">
          <h2 id="reports" className="mb-4 text-2xl font-semibold text-steppe-900">
            {text.latestReports}
          </h2>
          <ul className="space-y-3">
            {reports.map((report) => (
              <li key={report.id} className="rounded-lg bg-white p-4 shadow-sm">
                <Link
                  href={`/${locale}/reports/${report.slug}`}
                  className="text-lg font-semibold text-steppe-700 underline-offset-4 hover:underline"
                >
                  {report.title}
                </Link>
                <p className="text-sm text-slate-600">
                  {reporterName(report, text.publisherName)}
                  {report.publishedAt ? ` · ${formatDay(locale, report.publishedAt)}` : ''}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      {featured.length > 0 && (
        <section aria-labelledby="featured" className="mt-12">
          <h2 id="featured" className="mb-4 text-2xl font-semibold text-steppe-900">
            {text.featuredFilms}
          </h2>
          <ul className="grid grid-cols-2 gap-4 sm:grid-cols-4">
            {featured.map((film) => (
              <FilmCard key={film.id} film={film} locale={locale} headingLevel={3} />
            ))}
          </ul>
          <p className="mt-4">
            <Link
              href={`/${locale}/films`}
              className="font-medium text-steppe-700 underline underline-offset-4"
            >
              {text.filmCatalogue}
            </Link>
          </p>
        </section>
      )}
    </>
  )
}
