import { notFound } from 'next/navigation'
import { FilmCard } from '@/components/FilmCard'
import { FilterForm, FilterSelect } from '@/components/FilterForm'
import { ListPagination } from '@/components/ListPagination'
import { languageOptions } from '@/lib/languages'
import type { Locale } from '@/lib/locales'
import { firstWithPicture } from '@/lib/media'
import { siteText } from '@/lib/siteText'
import { genres } from '@/lib/vocabulary'
import { queryFilms, queryFilmYears, type FilmFilters } from '@/queries/films'

/** The reader's filters, from the canonical query (lib/listQuery.ts): every value there is valid. */
export const filmFilters = (query: Record<string, string>): FilmFilters => ({
  genre: query.genre,
  year: query.year ? Number(query.year) : undefined,
  language: query.language,
  subtitles: query.subtitles,
  page: query.page ? Number(query.page) : 1,
})

/** The film catalogue, a page at a time, filtered as the reader asked: /{locale}/films, with or without a query. */
export async function FilmCatalogue({ locale, filters }: { locale: Locale; filters: FilmFilters }) {
  const text = siteText(locale)
  const [result, years] = await Promise.all([queryFilms(locale, filters), queryFilmYears()])
  const prioritised = firstWithPicture(result.docs.map((film) => film.poster))
  // A page past the last is no page: a 404, not an empty list cached under its own address.
  if (result.docs.length === 0 && (filters.page ?? 1) > 1) notFound()
  const languages = languageOptions.map((option) => ({ value: option.value, label: option.label[locale] }))

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-steppe-900">{text.filmCatalogue}</h1>
      <FilterForm action={`/${locale}/films`} submitLabel={text.showFilms} summary={text.filters}>
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
      {result.docs.length === 0 ? (
        <p className="mt-8 text-slate-700">{text.noFilms}</p>
      ) : (
        <ul className="mt-8 grid grid-cols-2 gap-4 sm:grid-cols-4">
          {result.docs.map((film, index) => (
            <FilmCard
              key={film.id}
              locale={locale}
              headingLevel={2}
              priority={index === prioritised}
              film={{ ...film, detail: [film.year, film.directors?.join(', ')].filter(Boolean).join(' · ') }}
            />
          ))}
        </ul>
      )}
      <ListPagination locale={locale} list="films" filters={filters} pages={result} />
    </>
  )
}
