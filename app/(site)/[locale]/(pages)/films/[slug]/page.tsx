import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { JsonLd } from '@/components/JsonLd'
import { FallbackNote } from '@/components/FallbackNote'
import { Photo } from '@/components/Photo'
import { RichText } from '@/components/RichText'
import { TrailerPlayer } from '@/components/TrailerPlayer'
import { publicContacts } from '@/config/env'
import { alternates } from '@/lib/alternates'
import { countryName } from '@/lib/countries'
import { formatDayRange, formatVenueTime } from '@/lib/dates'
import { screeningHasStarted } from '@/lib/eventFacts'
import { isLocale, locales } from '@/lib/locales'
import { imageIn } from '@/lib/media'
import { nestQuotes } from '@/lib/quotes'
import { relation } from '@/lib/relation'
import { plainFromRichText } from '@/lib/richText'
import { siteText } from '@/lib/siteText'
import { filmJsonLd } from '@/lib/structuredData'
import { socialCard } from '@/lib/socialCard'
import { trailerEmbedURL } from '@/lib/trailer'
import { genres } from '@/lib/vocabulary'
import {
  queryEventsOfFilm,
  queryFilmBySlug,
  queryPrerenderedFilmSlugs,
  queryUpcomingScreeningsOfFilm,
} from '@/queries/films'
import { isTranslated } from '@/queries/translation'

// Rebuilt when a tag its data carries is expired (hooks/revalidateSite.ts), else at most hourly.
// The build prerenders what readers open most; any other page is rendered on its first request
// and kept (dynamicParams), so the build does not grow with the archive.
export const revalidate = 3600

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateStaticParams() {
  const slugs = await queryPrerenderedFilmSlugs()
  return locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })))
}

const load = async (params: Props['params']) => {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const film = await queryFilmBySlug(locale, slug)
  if (!film) notFound()
  return { locale, film }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, film } = await load(params)
  const description = plainFromRichText(film.synopsis).slice(0, 300) || undefined
  const poster = imageIn(film.poster, 'social')
  return {
    title: film.title,
    description,
    alternates: alternates(locale, `/films/${film.slug}`),
    ...socialCard({
      locale,
      path: `/films/${film.slug}`,
      title: film.title ?? '',
      description,
      type: 'video.movie',
      image: poster,
    }),
  }
}

export default async function FilmPage({ params }: Props) {
  const { locale, film } = await load(params)
  const text = siteText(locale)
  const [events, translated, screenings] = await Promise.all([
    queryEventsOfFilm(locale, film.id),
    isTranslated('films', locale, film),
    queryUpcomingScreeningsOfFilm(locale, film.id),
  ])
  // Shown at its own aspect ratio: the card size crops a 2:3 poster to 16:10.
  const posterImage = imageIn(film.poster, 'original')
  const stills = (film.stills ?? []).map((still) => imageIn(still, 'card')).filter((still) => still !== null)
  const now = new Date()
  const upcoming = screenings.filter((screening) => !screeningHasStarted(screening.startsAt, now))
  const languageName = (code: string) => new Intl.DisplayNames([locale], { type: 'language' }).of(code)
  const jsonLd = filmJsonLd({
    film,
    locale,
    description: plainFromRichText(film.synopsis),
    directors: film.directors ?? [],
  })

  return (
    <article>
      <JsonLd data={jsonLd} />
      {!translated && <FallbackNote locale={locale} />}
      <div className="grid gap-8 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div>
          <h1 className="text-3xl font-bold tracking-tight text-steppe-900 sm:text-4xl">
            {nestQuotes(film.title ?? '', locale)}
          </h1>
          {film.originalTitle && film.originalTitle !== film.title && (
            <p className="mt-1 text-lg text-slate-600" lang="kk">
              {film.originalTitle}
            </p>
          )}
          <p className="mt-3 text-slate-700">
            {[
              film.year,
              film.runtime && text.runtime(film.runtime),
              (film.genres ?? [])
                .map((value) => genres.find((g) => g.value === value)?.label[locale])
                .join(', '),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <div className="mt-6">
            <RichText data={film.synopsis} />
          </div>
          {film.trailerUrl && (
            <div className="mt-6" data-testid="trailer">
              <TrailerPlayer
                href={film.trailerUrl}
                embed={trailerEmbedURL(film.trailerUrl)}
                label={text.trailer}
                title={film.title ?? ''}
              />
            </div>
          )}
        </div>
        {posterImage && (
          <Photo image={posterImage} className="h-auto w-full self-start rounded-lg" priority />
        )}
      </div>

      <dl className="mt-8 grid gap-x-8 gap-y-3 rounded-lg border border-steppe-100 bg-white p-5 sm:grid-cols-2">
        {film.directors && film.directors.length > 0 && (
          <div>
            <dt className="text-sm font-medium text-slate-600">{text.directedBy}</dt>
            <dd className="text-slate-900">{film.directors.join(', ')}</dd>
          </div>
        )}
        {film.cast && film.cast.length > 0 && (
          <div>
            <dt className="text-sm font-medium text-slate-600">{text.cast}</dt>
            <dd className="text-slate-900">
              {film.cast
                .map((member) => (member.character ? `${member.name} (${member.character})` : member.name))
                .join(', ')}
            </dd>
          </div>
        )}
        {film.spokenLanguages && film.spokenLanguages.length > 0 && (
          <div>
            <dt className="text-sm font-medium text-slate-600">{text.spokenLanguage}</dt>
            <dd className="text-slate-900">{film.spokenLanguages.map(languageName).join(', ')}</dd>
          </div>
        )}
        {film.subtitleLanguages && film.subtitleLanguages.length > 0 && (
          <div>
            <dt className="text-sm font-medium text-slate-600">{text.subtitlesAvailable}</dt>
            <dd className="text-slate-900">{film.subtitleLanguages.map(languageName).join(', ')}</dd>
          </div>
        )}
        {(film.productionCountries?.length || film.rightsHolder) && (
          <div>
            <dt className="text-sm font-medium text-slate-600">{text.production}</dt>
            <dd className="text-slate-900">
              {[
                (film.productionCountries ?? []).map((code) => countryName(code, locale)).join(', '),
                film.rightsHolder,
              ]
                .filter(Boolean)
                .join(' · ')}
            </dd>
          </div>
        )}
      </dl>

      {film.awards && film.awards.length > 0 && (
        <section aria-labelledby="awards" className="mt-10">
          <h2 id="awards" className="text-2xl font-semibold text-steppe-900">
            {text.awards}
          </h2>
          <ul className="mt-3 space-y-2">
            {film.awards.map((award) => (
              <li key={award.id} className="text-slate-800">
                <span className="font-medium">{award.festival}</span>
                {award.year ? ` (${award.year})` : ''}: {award.award}
                {award.result && <span className="text-slate-600"> — {text.awardResult[award.result]}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {stills.length > 0 && (
        <section aria-labelledby="stills" className="mt-10">
          <h2 id="stills" className="text-2xl font-semibold text-steppe-900">
            {text.stills}
          </h2>
          <ul className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3">
            {stills.map((still) => (
              <li key={still.src}>
                <Photo image={still} className="h-auto w-full rounded" />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="coming-up" className="mt-10">
        <h2 id="coming-up" className="text-2xl font-semibold text-steppe-900">
          {text.upcomingScreenings}
        </h2>
        {upcoming.length === 0 ? (
          <p className="mt-3 text-slate-700">{text.noUpcomingScreenings}</p>
        ) : (
          <ul className="mt-3 space-y-2" data-testid="upcoming-screenings">
            {upcoming.map((screening) => {
              const event = relation<{
                title?: string
                slug?: string
                city?: string
                country?: string
                timezone?: string
              }>(screening.event)
              if (!event?.slug) return null
              return (
                <li key={screening.id}>
                  <time dateTime={screening.startsAt} className="text-slate-900">
                    {formatVenueTime(
                      locale,
                      screening.startsAt,
                      screening.startsAt_tz ?? event.timezone ?? 'UTC',
                    )}
                  </time>
                  {' — '}
                  <Link
                    href={`/${locale}/events/${event.slug}`}
                    className="font-medium text-steppe-700 underline underline-offset-4"
                  >
                    {event.title}
                  </Link>
                  <span className="text-slate-700">
                    , {[screening.venue?.name, event.city].filter(Boolean).join(', ')}
                    {event.country && `, ${countryName(event.country, locale)}`}
                  </span>
                </li>
              )
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="booking" className="mt-10 rounded-lg bg-steppe-100 p-5">
        <h2 id="booking" className="text-xl font-semibold text-steppe-900">
          {text.bookFilm}
        </h2>
        <p className="mt-2 text-slate-800">
          {text.bookFilmText}{' '}
          <a
            href={`mailto:${publicContacts.email}?subject=${encodeURIComponent(film.title ?? '')}`}
            className="font-medium text-steppe-700 underline underline-offset-4"
          >
            {publicContacts.email}
          </a>
          {film.rightsHolder && (
            <>
              {' '}
              ({text.production}: {film.rightsHolder})
            </>
          )}
        </p>
      </section>

      <section aria-labelledby="shown-at" className="mt-10">
        <h2 id="shown-at" className="text-2xl font-semibold text-steppe-900">
          {text.shownAt}
        </h2>
        {events.length === 0 ? (
          <p className="mt-3 text-slate-700">{text.notShownYet}</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {events.map((event) => (
              <li key={event.id}>
                <Link
                  href={`/${locale}/events/${event.slug}`}
                  className="font-medium text-steppe-700 underline underline-offset-4"
                >
                  {event.title}
                </Link>
                <span className="text-slate-700">
                  {' '}
                  — {formatDayRange(locale, event.startsOn, event.endsOn)}, {event.city},{' '}
                  {countryName(event.country, locale)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  )
}
