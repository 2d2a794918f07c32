import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { FilmCard } from '@/components/FilmCard'
import { FilterForm, FilterSelect, one, redirectWithoutEmptyFilters } from '@/components/FilterForm'
import { alternates } from '@/lib/alternates'
import { languageOptions } from '@/lib/languages'
import { isLocale } from '@/lib/locales'
import { siteText } from '@/lib/siteText'
import { genres } from '@/lib/vocabulary'
import { queryFilms, type FilmFilters } from '@/queries/films'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: siteText(locale).filmCatalogue, alternates: alternates(locale, '/films') }
}

const known = (list: { value: string }[], value?: string) =>
  value && list.some((item) => item.value === value) ? value : undefined

export default async function FilmsPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const text = siteText(locale)
  const query = await searchParams
  redirectWithoutEmptyFilters(`/${locale}/films`, query)
  const year = Number(one(query.year))
  const filters: FilmFilters = {
    genre: known(genres, one(query.genre)),
    year: Number.isInteger(year) && year > 1800 ? year : undefined,
    language: known(languageOptions, one(query.language)),
    subtitles: known(languageOptions, one(query.subtitles)),
  }
  const films = await queryFilms(locale, filters)
  // The year choices come from the whole catalogue, which is `films` itself when nothing is filtered.
  const allFilms = Object.values(filters).some(Boolean) ? await queryFilms(locale, {}) : films
  const years = [...new Set(allFilms.map((film) => film.year).filter((y): y is number => Boolean(y)))].sort(
    (a, b) => b - a,
  )
  const languages = languageOptions.map((option) => ({ value: option.value, label: option.label[locale] }))

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-steppe-900">{text.filmCatalogue}</h1>
      <FilterForm action={`/${locale}/films`} submitLabel={text.showFilms}>
        <FilterSelect
          name="genre"
          label={text.genre}
          anyLabel={text.anyGenre}
          value={filters.genre}
          options={genres.map((genre) => ({ value: genre.value, label: genre.label[locale] }))}
        />
        <FilterSelect
          name="year"
          label={text.year}
          anyLabel={text.anyYear}
          value={filters.year}
          options={years.map((y) => ({ value: y, label: String(y) }))}
        />
        <FilterSelect
          name="language"
          label={text.spokenLanguage}
          anyLabel={text.anyLanguage}
          value={filters.language}
          options={languages}
        />
        <FilterSelect
          name="subtitles"
          label={text.subtitlesAvailable}
          anyLabel={text.anySubtitles}
          value={filters.subtitles}
          options={languages}
        />
      </FilterForm>
      {films.length === 0 ? (
        <p className="mt-8 text-slate-700">{text.noFilms}</p>
      ) : (
        <ul className="mt-8 grid grid-cols-2 gap-4 sm:grid-cols-4">
          {films.map((film) => (
            <FilmCard
              key={film.id}
              locale={locale}
              headingLevel={2}
              film={{ ...film, detail: [film.year, film.directors?.join(', ')].filter(Boolean).join(' · ') }}
            />
          ))}
        </ul>
      )}
    </>
  )
}
