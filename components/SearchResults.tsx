import Link from 'next/link'
import { formatDayRange } from '@/lib/dates'
import { maxSearchLength } from '@/lib/listQuery'
import type { Locale } from '@/lib/locales'
import { siteText } from '@/lib/siteText'
import { queryCachedSearch } from '@/queries/cachedSearch'

/** The search form and, when something was asked (at least 2 letters), what it found. */
export async function SearchResults({ locale, q }: { locale: Locale; q: string }) {
  const text = siteText(locale)
  const results = q.length >= 2 ? await queryCachedSearch(locale, q) : null
  const sections = results
    ? [
        {
          id: 'films',
          heading: text.films,
          items: results.films.map((film) => ({
            key: film.id,
            href: `/${locale}/films/${film.slug}`,
            label: film.title,
            detail: film.year ? String(film.year) : '',
          })),
        },
        {
          id: 'events',
          heading: text.events,
          items: results.events.map((event) => ({
            key: event.id,
            href: `/${locale}/events/${event.slug}`,
            label: event.title,
            detail: formatDayRange(locale, event.startsOn, event.endsOn),
          })),
        },
        {
          id: 'reports',
          heading: text.reports,
          items: results.reports.map((report) => ({
            key: report.id,
            href: `/${locale}/reports/${report.slug}`,
            label: report.title,
            detail: '',
          })),
        },
      ].filter((section) => section.items.length > 0)
    : []
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-steppe-900">{text.search}</h1>
      <form
        role="search"
        method="get"
        action={`/${locale}/search`}
        className="mt-6 flex flex-wrap items-end gap-3"
      >
        <label className="flex-1 text-sm font-medium text-slate-800">
          {text.searchLabel}
          <input
            type="search"
            name="q"
            defaultValue={q}
            minLength={2}
            maxLength={maxSearchLength}
            className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900"
          />
        </label>
        <button
          type="submit"
          className="rounded bg-steppe-700 px-4 py-2 font-medium text-white hover:bg-steppe-900"
        >
          {text.searchButton}
        </button>
      </form>
      {results && (
        <section aria-labelledby="results" className="mt-8">
          <h2 id="results" className="text-2xl font-semibold text-steppe-900">
            {text.searchResults(q)}
          </h2>
          {sections.length === 0 && <p className="mt-3 text-slate-700">{text.noResults}</p>}
          {sections.map((section) => (
            <div key={section.id} className="mt-6">
              <h3 className="text-lg font-semibold text-slate-900">{section.heading}</h3>
              <ul className="mt-2 space-y-1">
                {section.items.map((item) => (
                  <li key={item.key}>
                    <Link
                      href={item.href}
                      className="font-medium text-steppe-700 underline underline-offset-4"
                    >
                      {item.label}
                    </Link>
                    {item.detail && <span className="text-slate-600"> — {item.detail}</span>}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
    </>
  )
}
