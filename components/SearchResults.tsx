import Link from 'next/link'
import { SearchForm } from '@/components/SearchForm'
import { formatDayRange } from '@/lib/dates'
import type { Locale } from '@/lib/locales'
import { siteText } from '@/lib/siteText'
import { queryCachedSearch } from '@/queries/cachedSearch'

/** The search form and, when something was asked (at least 2 letters), what it found. */
export async function SearchResults({ locale, q }: { locale: Locale; q: string }) {
  const text = siteText(locale)
  const results = q.length >= 2 ? await queryCachedSearch(locale, q) : null
  const items = (results?.results ?? []).map((result) => ({
    key: `${result.kind}-${result.id}`,
    kind: text.searchKinds[result.kind],
    href: `/${locale}/${result.kind}s/${result.slug}`,
    label: result.title,
    detail:
      result.kind === 'film'
        ? result.year
          ? String(result.year)
          : ''
        : result.kind === 'event'
          ? formatDayRange(locale, result.startsOn, result.endsOn)
          : '',
  }))
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-steppe-900">{text.search}</h1>
      <SearchForm locale={locale} q={q} />
      {results && (
        <section aria-labelledby="results" className="mt-8">
          <h2 id="results" className="text-2xl font-semibold text-steppe-900">
            {text.searchResults(q)}
          </h2>
          {items.length === 0 && <p className="mt-3 text-slate-700">{text.noResults}</p>}
          {/* One list, best match first: the kind of each result is said beside it. */}
          <ol className="mt-4 space-y-2">
            {items.map((item) => (
              <li key={item.key}>
                <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium uppercase tracking-wide text-slate-700">
                  {item.kind}
                </span>
                <Link href={item.href} className="font-medium text-steppe-700 underline underline-offset-4">
                  {item.label}
                </Link>
                {item.detail && <span className="text-slate-600"> — {item.detail}</span>}
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  )
}
