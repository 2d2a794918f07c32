import { notFound } from 'next/navigation'
import { EventCard } from '@/components/EventCard'
import { FilterForm, FilterSelect } from '@/components/FilterForm'
import { ListPagination } from '@/components/ListPagination'
import { countryName } from '@/lib/countries'
import type { Locale } from '@/lib/locales'
import { siteText } from '@/lib/siteText'
import { eventTypes } from '@/lib/vocabulary'
import { queryEventFacets, queryEvents, type EventFilters } from '@/queries/events'

/** The reader's filters, from the canonical query (lib/listQuery.ts): every value there is valid. */
export const eventFilters = (query: Record<string, string>): EventFilters => ({
  when: query.when === 'upcoming' || query.when === 'past' ? query.when : undefined,
  year: query.year ? Number(query.year) : undefined,
  country: query.country,
  type: query.type,
  page: query.page ? Number(query.page) : 1,
})

/** The events list, filtered as the reader asked: the page at /{locale}/events, with or without a query. */
export async function EventList({ locale, filters }: { locale: Locale; filters: EventFilters }) {
  const text = siteText(locale)
  const [facets, result] = await Promise.all([queryEventFacets(), queryEvents(locale, filters)])
  // A page past the last is no page: a 404, not an empty list cached under its own address.
  if (result.docs.length === 0 && (filters.page ?? 1) > 1) notFound()

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

      <ListPagination locale={locale} list="events" filters={filters} pages={result} />
    </>
  )
}
