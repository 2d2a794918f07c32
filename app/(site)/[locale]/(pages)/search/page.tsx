import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { one } from '@/components/FilterForm'
import { alternates } from '@/lib/alternates'
import { formatDayRange } from '@/lib/dates'
import { isLocale } from '@/lib/locales'
import { siteText } from '@/lib/siteText'
import { querySearch } from '@/queries/search'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return {
    title: siteText(locale).search,
    alternates: alternates(locale, '/search'),
    robots: { index: false },
  }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const text = siteText(locale)
  const q = (one((await searchParams).q) ?? '').trim().slice(0, 100)
  const results = q.length >= 2 ? await querySearch(locale, q) : null
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
            maxLength={100}
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
