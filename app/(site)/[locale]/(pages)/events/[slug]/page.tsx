import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { FallbackNote } from '@/components/FallbackNote'
import { JsonLd } from '@/components/JsonLd'
import { Photo } from '@/components/Photo'
import { RichText } from '@/components/RichText'
import { alternates } from '@/lib/alternates'
import { countryName } from '@/lib/countries'
import { formatDayRange, formatVenueTime, zoneCity } from '@/lib/dates'
import { eventHasEnded, screeningHasStarted, venueMapURL, venuesOfEvent } from '@/lib/eventFacts'
import { isLocale, locales } from '@/lib/locales'
import { imageIn } from '@/lib/media'
import { nestQuotes } from '@/lib/quotes'
import { relation } from '@/lib/relation'
import { siteText } from '@/lib/siteText'
import { eventJsonLd } from '@/lib/structuredData'
import { socialCard } from '@/lib/socialCard'
import { eventTypes, partnerRoles } from '@/lib/vocabulary'
import { isMinistryReport } from '@/lib/reporter'
import { queryEventBySlug, queryPrerenderedEventSlugs, screeningsOfEvent } from '@/queries/events'
import { isTranslated } from '@/queries/translation'
import { queryReportsOfEvent } from '@/queries/reports'

// Rebuilt when a tag its data carries is expired (hooks/revalidateSite.ts), else at most hourly.
// The build prerenders what readers open most; any other page is rendered on its first request
// and kept (dynamicParams), so the build does not grow with the archive.
export const revalidate = 3600

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateStaticParams() {
  const slugs = await queryPrerenderedEventSlugs()
  return locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })))
}

const load = async (params: Props['params']) => {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const event = await queryEventBySlug(locale, slug)
  if (!event) notFound()
  return { locale, event }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, event } = await load(params)
  const image = imageIn(event.heroImage, 'social')
  return {
    title: event.title,
    description: event.summary ?? undefined,
    alternates: alternates(locale, `/events/${event.slug}`),
    ...socialCard({
      locale,
      path: `/events/${event.slug}`,
      title: event.title ?? '',
      description: event.summary,
      image,
    }),
  }
}

export default async function EventPage({ params }: Props) {
  const { locale, event } = await load(params)
  const text = siteText(locale)
  const [screenings, reports, translated] = await Promise.all([
    screeningsOfEvent(locale, event),
    queryReportsOfEvent(locale, event.id),
    isTranslated('events', locale, event),
  ])
  const hero = imageIn(event.heroImage, 'hero')
  const embassy = relation<{ name?: string }>(event.organisingEmbassy)
  const films = (event.films ?? [])
    .map((film) => relation<{ title?: string; slug?: string; year?: number }>(film))
    .filter(Boolean)
  const base = `/${locale}/events/${event.slug}`

  const jsonLd = eventJsonLd({ event, screenings, locale, image: hero })

  const ended = eventHasEnded(event)
  const now = new Date()
  const venues = venuesOfEvent(
    event.venues ?? [],
    screenings.map((screening) => screening.venue),
  )
  const languageName = (code: string) => new Intl.DisplayNames([locale], { type: 'language' }).of(code)
  const link = 'text-steppe-700 underline underline-offset-4'

  return (
    <article>
      <JsonLd data={jsonLd} />
      {!translated && <FallbackNote locale={locale} />}
      <p className="text-sm font-medium uppercase tracking-wide text-steppe-600">
        {eventTypes.find((type) => type.value === event.type)?.label[locale]}
      </p>
      <h1 className="mt-1 text-2xl font-bold tracking-tight text-steppe-900 sm:text-4xl">
        {nestQuotes(event.title ?? '', locale)}
      </h1>
      {/* The facts a reader came for come first, before any picture (issue 11: on a phone they
          were below a 600 px image). */}
      <dl
        className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-slate-800 sm:gap-x-4 sm:gap-y-2"
        data-testid="event-facts"
      >
        <dt className="font-semibold text-slate-600">{text.when}</dt>
        <dd>
          <time dateTime={event.startsOn.slice(0, 10)}>
            {formatDayRange(locale, event.startsOn, event.endsOn)}
          </time>
          {ended && <span className="ml-2 text-sm text-slate-600">({text.eventEnded})</span>}
        </dd>
        <dt className="font-semibold text-slate-600">{text.where}</dt>
        <dd>
          {event.city},{' '}
          <Link href={`/${locale}/countries/${event.country.toLowerCase()}`} className={link}>
            {countryName(event.country, locale)}
          </Link>
          {venues.length > 0 && (
            <ul className="mt-1 space-y-1" data-testid="venues">
              {venues.map((venue) => {
                const map = venueMapURL(venue)
                return (
                  <li key={venue.name}>
                    <span className="font-medium">{venue.name}</span>
                    {venue.address && <span className="text-slate-700">, {venue.address}</span>}
                    {map && (
                      <>
                        {' · '}
                        <a href={map} rel="noopener noreferrer" className={`${link} text-sm`}>
                          {text.showOnMap}
                          <span className="sr-only">: {venue.name}</span>
                        </a>
                      </>
                    )}
                  </li>
                )
              })}
            </ul>
          )}
        </dd>
        {embassy && (
          <>
            <dt className="font-semibold text-slate-600">{text.organisedBy}</dt>
            <dd>{embassy.name}</dd>
          </>
        )}
      </dl>

      {screenings.length > 0 && (
        <section aria-labelledby="screenings" className="mt-6">
          <h2 id="screenings" className="text-2xl font-semibold text-steppe-900">
            {text.screeningsHeading}
          </h2>
          {/* The venue's city as the event names it in the reader's language: a zone's name is
              often another city's ("Europe/Paris" for Cannes) and only in English. */}
          <p className="mt-1 text-sm text-slate-600">
            {text.venueTimeNote(event.city ?? zoneCity(event.timezone))}
          </p>
          <ul className="mt-3 divide-y divide-steppe-100 rounded-lg border border-steppe-100 bg-white">
            {screenings.map((screening) => {
              const film = relation<{ title?: string; slug?: string }>(screening.film)
              const cancelled = screening.status === 'cancelled'
              const upcoming =
                !cancelled && screening.status !== 'held' && !screeningHasStarted(screening.startsAt, now)
              return (
                <li key={screening.id} className="p-4 sm:p-5" data-testid="screening">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h3
                      className={`text-lg font-semibold ${cancelled ? 'text-slate-500 line-through' : 'text-slate-900'}`}
                    >
                      {film?.slug ? (
                        <Link
                          href={`/${locale}/films/${film.slug}`}
                          className="underline-offset-4 hover:underline"
                        >
                          {film.title}
                        </Link>
                      ) : (
                        film?.title
                      )}
                    </h3>
                    {screening.status !== 'scheduled' && (
                      <span
                        className={`rounded px-2 py-0.5 text-sm font-semibold ${cancelled ? 'bg-red-100 text-red-800' : screening.status === 'postponed' ? 'bg-amber-100 text-amber-900' : 'bg-emerald-100 text-emerald-900'}`}
                      >
                        {text.screeningStatus[screening.status]}
                      </span>
                    )}
                  </div>
                  <p className="mt-1 text-slate-700">
                    <time dateTime={screening.startsAt}>
                      {formatVenueTime(locale, screening.startsAt, screening.startsAt_tz ?? event.timezone)}
                    </time>
                    {screening.venue?.name && <> · {screening.venue.name}</>}
                  </p>
                  {(screening.language || (screening.subtitles && screening.subtitles.length > 0)) && (
                    <p className="text-sm text-slate-600" data-testid="screening-language">
                      {screening.language && (
                        <>
                          {text.spokenLanguage}: {languageName(screening.language)}
                        </>
                      )}
                      {screening.language && screening.subtitles && screening.subtitles.length > 0 && ' · '}
                      {screening.subtitles && screening.subtitles.length > 0 && (
                        <>
                          {text.subtitles}: {screening.subtitles.map(languageName).join(', ')}
                        </>
                      )}
                    </p>
                  )}
                  {screening.guests && screening.guests.length > 0 && (
                    <p className="mt-1 text-slate-700">
                      {text.guests}:{' '}
                      {screening.guests
                        .map((guest) => (guest.role ? `${guest.name} (${guest.role})` : guest.name))
                        .join('; ')}
                    </p>
                  )}
                  {screening.status === 'held' && screening.attendance ? (
                    <p className="text-sm text-slate-600">{text.attendance(screening.attendance)}</p>
                  ) : null}
                  {upcoming && (
                    <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                      {screening.admission && (
                        <span className="text-slate-700" data-testid="admission">
                          {text.admissionTerms[screening.admission]}
                        </span>
                      )}
                      {screening.ticketUrl && (
                        <a
                          href={screening.ticketUrl}
                          rel="noopener noreferrer"
                          className={`font-medium ${link}`}
                        >
                          {text.tickets}
                          <span className="sr-only">: {film?.title}</span>
                        </a>
                      )}
                      <a
                        href={`${base}/screenings/${screening.id}/calendar.ics`}
                        className={`font-medium ${link}`}
                      >
                        {text.addToCalendar}
                        <span className="sr-only">: {film?.title}</span>
                      </a>
                    </p>
                  )}
                </li>
              )
            })}
          </ul>
        </section>
      )}

      {!ended && (
        <p className="mt-4">
          <a
            href={`${base}/calendar.ics`}
            className="inline-block rounded bg-steppe-700 px-4 py-2 font-medium text-white hover:bg-steppe-900 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-steppe-700"
          >
            {text.addEventToCalendar}
          </a>
        </p>
      )}
      {event.summary && <p className="mt-8 text-xl text-slate-800">{event.summary}</p>}
      {/* After the facts, and never taller than 60% of the screen's height. */}
      {hero && <Photo image={hero} className="mt-6 max-h-[60vh] w-full rounded-lg object-cover" />}
      <div className="mt-6">
        <RichText data={event.body} />
      </div>

      {films.length > 0 && (
        <section aria-labelledby="films" className="mt-10">
          <h2 id="films" className="text-2xl font-semibold text-steppe-900">
            {text.filmsShown}
          </h2>
          <ul className="mt-3 flex flex-wrap gap-3">
            {films.map((film) => (
              <li key={film!.slug}>
                <Link
                  href={`/${locale}/films/${film!.slug}`}
                  className="inline-block rounded border border-steppe-100 bg-white px-3 py-2 font-medium text-steppe-700 hover:border-steppe-600"
                >
                  {film!.title}
                  {film!.year ? ` (${film!.year})` : ''}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      {event.partners && event.partners.length > 0 && (
        <section aria-labelledby="partners" className="mt-10">
          <h2 id="partners" className="text-2xl font-semibold text-steppe-900">
            {text.partners}
          </h2>
          <ul className="mt-3 space-y-1 text-slate-800">
            {event.partners.map((partner) => (
              <li key={partner.id}>
                {partner.link ? (
                  <a
                    href={partner.link}
                    rel="noopener noreferrer"
                    className="text-steppe-700 underline underline-offset-4"
                  >
                    {partner.name}
                  </a>
                ) : (
                  partner.name
                )}
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

      {event.gallery && event.gallery.length > 0 && (
        <section aria-labelledby="gallery" className="mt-10">
          <h2 id="gallery" className="text-2xl font-semibold text-steppe-900">
            {text.gallery}
          </h2>
          <ul className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3">
            {event.gallery.map((item) => {
              const image = imageIn(item, 'card')
              return image ? (
                <li key={image.src}>
                  <Photo image={image} className="rounded" />
                </li>
              ) : null
            })}
          </ul>
        </section>
      )}

      {reports.length > 0 && (
        <section aria-labelledby="report" className="mt-10 rounded-lg bg-steppe-100 p-5">
          <h2 id="report" className="text-2xl font-semibold text-steppe-900">
            {text.reportsOfEvent(reports.length)}
          </h2>
          <ul className="mt-2 space-y-2">
            {reports.map((report) => (
              <li key={report.id}>
                <Link
                  href={`/${locale}/reports/${report.slug}`}
                  className="font-medium text-steppe-700 underline underline-offset-4"
                >
                  {report.reportedBy === 'delegation'
                    ? text.readDelegationReport
                    : isMinistryReport(report)
                      ? text.readMinistryReport
                      : text.readReport}
                  : {report.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  )
}
