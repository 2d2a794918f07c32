import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { JsonLd } from '@/components/JsonLd'
import { FallbackNote } from '@/components/FallbackNote'
import { Photo } from '@/components/Photo'
import { RichText } from '@/components/RichText'
import { alternates } from '@/lib/alternates'
import { countryName } from '@/lib/countries'
import { formatDayRange } from '@/lib/dates'
import { isLocale, locales } from '@/lib/locales'
import { imageIn } from '@/lib/media'
import { plainFromRichText } from '@/lib/richText'
import { siteText } from '@/lib/siteText'
import { filmJsonLd } from '@/lib/structuredData'
import { socialCard } from '@/lib/socialCard'
import { genres } from '@/lib/vocabulary'
import { queryEventsOfFilm, queryFilmBySlug, queryPrerenderedFilmSlugs } from '@/queries/films'
import { queryIsTranslated } from '@/queries/translation'

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
  const [events, translated] = await Promise.all([
    queryEventsOfFilm(locale, film.id),
    queryIsTranslated('films', locale, film.slug!),
  ])
  const poster = imageIn(film.poster, 'card')
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
          <h1 className="text-3xl font-bold tracking-tight text-steppe-900 sm:text-4xl">{film.title}</h1>
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
            <p className="mt-6">
              <a
                href={film.trailerUrl}
                rel="noopener noreferrer"
                className="font-medium text-steppe-700 underline underline-offset-4"
              >
                {text.trailer}
                <span className="sr-only">: {film.title}</span>
              </a>
            </p>
          )}
        </div>
        {poster && <Photo image={poster} className="w-full rounded-lg" priority />}
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
