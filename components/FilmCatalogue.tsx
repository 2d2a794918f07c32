import { FilmCard } from '@/components/FilmCard'
import { FilterForm, FilterSelect } from '@/components/FilterForm'
import { languageOptions } from '@/lib/languages'
import type { Locale } from '@/lib/locales'
import { siteText } from '@/lib/siteText'
import { genres } from '@/lib/vocabulary'
import { queryFilms, type FilmFilters } from '@/queries/films'

/** The reader's filters, from the canonical query (lib/listQuery.ts): every value there is valid. */
export const filmFilters = (query: Record<string, string>): FilmFilters => ({
  genre: query.genre,
  year: query.year ? Number(query.year) : undefined,
  language: query.language,
  subtitles: query.subtitles,
})

/** The film catalogue, filtered as the reader asked: the page at /{locale}/films, with or without a query. */
export async function FilmCatalogue({ locale, filters }: { locale: Locale; filters: FilmFilters }) {
  const text = siteText(locale)
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
