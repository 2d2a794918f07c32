import { notFound } from 'next/navigation'
import { EventCard } from '@/components/EventCard'
import { FilterForm, FilterSelect } from '@/components/FilterForm'
import { ListPagination } from '@/components/ListPagination'
import { countryName } from '@/lib/countries'
import { listHref } from '@/lib/listPath'
import type { Locale } from '@/lib/locales'
import { firstWithPicture } from '@/lib/media'
import { siteText } from '@/lib/siteText'
import { eventTypes } from '@/lib/vocabulary'
import { eventsPerPage, queryEventFacets, queryEvents, type EventFilters } from '@/queries/events'

/** The reader's filters, from the canonical query (lib/listQuery.ts): every value there is valid. */
export const eventFilters = (query: Record<string, string>): EventFilters => ({
  when: query.when === 'upcoming' || query.when === 'past' ? query.when : undefined,
  year: query.year ? Number(query.year) : undefined,
  country: query.country,
  type: query.type,
  page: query.page ? Number(query.page) : 1,
})

/**
 * Upcoming events the "any time" list shows above the past ones; the rest are a link away. One page's
 * worth: with 24 the plain list was 123 KB of HTML on the archive (bench, issue 10).
 */
const upcomingShown = eventsPerPage

type Page = Awaited<ReturnType<typeof queryEvents>>

/**
 * The events list, filtered as the reader asked: the page at /{locale}/events, with or without a
 * query. Upcoming events come first, soonest first; past ones in a section of their own, latest
 * first, paged (issue 11: the reader came for what is next, not for last year's archive).
 */
export async function EventList({ locale, filters }: { locale: Locale; filters: EventFilters }) {
  const text = siteText(locale)
  const page = filters.page ?? 1
  // With no "when", page 1 shows the upcoming events and the first page of past ones; further
  // pages are the past ones only.
  const showUpcoming = filters.when === 'upcoming' || (!filters.when && page === 1)
  const showPast = filters.when !== 'upcoming'
  const [facets, upcoming, past] = await Promise.all([
    queryEventFacets(),
    showUpcoming
      ? queryEvents(
          locale,
          { ...filters, when: 'upcoming', page: filters.when === 'upcoming' ? page : 1 },
          filters.when === 'upcoming' ? eventsPerPage : upcomingShown,
        )
      : null,
    showPast ? queryEvents(locale, { ...filters, when: 'past', page }) : null,
  ])
  const paged: Page = (filters.when === 'upcoming' ? upcoming : past)!
  // A page past the last is no page: a 404, not an empty list cached under its own address.
  if (paged.docs.length === 0 && page > 1) notFound()
  const nothing = (upcoming?.docs.length ?? 0) === 0 && (past?.docs.length ?? 0) === 0

  // The picture fetched first is the first one on the page, in whichever section it is.
  const shown = [...(upcoming?.docs ?? []), ...(past?.docs ?? [])]
  const prioritised = shown[firstWithPicture(shown.map((event) => event.heroImage))]?.id
  const cards = (result: Page) => (
    <ul className="mt-4 grid gap-4 sm:grid-cols-2">
      {result.docs.map((event) => (
        <li key={event.id} className="flex">
          <EventCard event={event} locale={locale} headingLevel={3} priority={event.id === prioritised} />
        </li>
      ))}
    </ul>
  )

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-steppe-900">{text.events}</h1>
      <FilterForm action={`/${locale}/events`} submitLabel={text.applyFilters} summary={text.filters}>
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

      {nothing ? (
        <p className="mt-8 text-slate-700">{text.noEvents}</p>
      ) : (
        <>
          {upcoming && (
            <section aria-labelledby="upcoming-events" className="mt-8">
              <h2 id="upcoming-events" className="text-2xl font-semibold text-steppe-900">
                {text.upcoming}
              </h2>
              {upcoming.docs.length === 0 ? (
                <p className="mt-3 text-slate-700">{text.noUpcoming}</p>
              ) : (
                cards(upcoming)
              )}
              {!filters.when && upcoming.hasNextPage && (
                <p className="mt-4">
                  <a
                    href={listHref(locale, 'events', { ...filters, when: 'upcoming', page: undefined })}
                    className="font-medium text-steppe-700 underline underline-offset-4"
                  >
                    {text.allUpcoming}
                  </a>
                </p>
              )}
            </section>
          )}
          {past && past.docs.length > 0 && (
            <section aria-labelledby="past-events" className="mt-10">
              <h2 id="past-events" className="text-2xl font-semibold text-steppe-900">
                {text.pastEvents}
              </h2>
              {cards(past)}
            </section>
          )}
        </>
      )}

      <ListPagination locale={locale} list="events" filters={filters} pages={paged} />
    </>
  )
}
