import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { EventCard } from '@/components/EventCard'
import { FilterForm, FilterSelect, one, redirectWithoutEmptyFilters } from '@/components/FilterForm'
import { alternates } from '@/lib/alternates'
import { countryName } from '@/lib/countries'
import { isLocale } from '@/lib/locales'
import { siteText } from '@/lib/siteText'
import { eventTypes } from '@/lib/vocabulary'
import { queryEventFacets, queryEvents, type EventFilters } from '@/queries/events'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: siteText(locale).events, alternates: alternates(locale, '/events') }
}

/** The reader's filters, from the query string; anything unknown is ignored rather than an error. */
const readFilters = (
  query: Record<string, string | string[] | undefined>,
  countries: string[],
): EventFilters => {
  const when = one(query.when)
  const year = Number(one(query.year))
  const country = one(query.country)
  const type = one(query.type)
  const page = Number(one(query.page))
  return {
    when: when === 'upcoming' || when === 'past' ? when : undefined,
    year: Number.isInteger(year) && year > 1900 ? year : undefined,
    country: country && countries.includes(country) ? country : undefined,
    type: type && eventTypes.some((option) => option.value === type) ? type : undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  }
}

export default async function EventsPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const text = siteText(locale)
  const query = await searchParams
  redirectWithoutEmptyFilters(`/${locale}/events`, query)
  const facets = await queryEventFacets()
  const filters = readFilters(query, facets.countries)
  const result = await queryEvents(locale, filters)
  const pageLink = (page: number) => {
    const query = new URLSearchParams(
      Object.entries({ ...filters, page: page > 1 ? page : undefined })
        .filter(([, value]) => value !== undefined)
        .map(([key, value]) => [key, String(value)]),
    )
    return `/${locale}/events${query.size ? `?${query}` : ''}`
  }

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-steppe-900">{text.events}</h1>
      <FilterForm action={`/${locale}/events`} submitLabel={text.applyFilters}>
        <FilterSelect
          name="when"
          label={text.when}
          anyLabel={text.anyTime}
          value={filters.when}
          options={[
            { value: 'upcoming', label: text.upcomingOnly },
            { value: 'past', label: text.pastOnly },
          ]}
        />
        <FilterSelect
          name="year"
          label={text.year}
          anyLabel={text.anyYear}
          value={filters.year}
          options={facets.years.map((year) => ({ value: year, label: String(year) }))}
        />
        <FilterSelect
          name="country"
          label={text.country}
          anyLabel={text.anyCountry}
          value={filters.country}
          options={facets.countries.map((code) => ({ value: code, label: countryName(code, locale) }))}
        />
        <FilterSelect
          name="type"
          label={text.eventType}
          anyLabel={text.anyType}
          value={filters.type}
          options={eventTypes.map((type) => ({ value: type.value, label: type.label[locale] }))}
        />
      </FilterForm>

      {result.docs.length === 0 ? (
        <p className="mt-8 text-slate-700">{text.noEvents}</p>
      ) : (
        <ul className="mt-8 grid gap-4 sm:grid-cols-2">
          {result.docs.map((event) => (
            <li key={event.id} className="flex">
              <EventCard event={event} locale={locale} headingLevel={2} />
            </li>
          ))}
        </ul>
      )}

      {result.totalPages > 1 && (
        <nav aria-label={text.pagination} className="mt-8 flex items-center justify-between">
          {result.hasPrevPage ? (
            <Link
              href={pageLink(result.page! - 1)}
              rel="prev"
              className="font-medium text-steppe-700 underline underline-offset-4"
            >
              {text.previous}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-slate-700">{text.pageOf(result.page!, result.totalPages)}</span>
          {result.hasNextPage ? (
            <Link
              href={pageLink(result.page! + 1)}
              rel="next"
              className="font-medium text-steppe-700 underline underline-offset-4"
            >
              {text.next}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  )
}
