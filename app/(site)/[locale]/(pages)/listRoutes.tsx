import { EventList, eventFilters } from '@/components/EventList'
import { FilmCatalogue, filmFilters } from '@/components/FilmCatalogue'
import { ReportList } from '@/components/ReportList'
import { SearchResults } from '@/components/SearchResults'
import { listRoute } from '@/lib/listRoute'

// The site's lists, each served at /{locale}/{list} and, per canonical query, under _lists/{list}.

export const eventsRoute = listRoute({
  list: 'events',
  title: (text) => text.events,
  render: (locale, filters) => <EventList locale={locale} filters={eventFilters(filters)} />,
})

export const filmsRoute = listRoute({
  list: 'films',
  title: (text) => text.filmCatalogue,
  render: (locale, filters) => <FilmCatalogue locale={locale} filters={filmFilters(filters)} />,
})

export const reportsRoute = listRoute({
  list: 'reports',
  title: (text) => text.reports,
  render: (locale, filters) => <ReportList locale={locale} page={filters.page ? Number(filters.page) : 1} />,
})

export const searchRoute = listRoute({
  list: 'search',
  title: (text) => text.search,
  hiddenFromSearchEngines: true,
  serves: (filters) => Boolean(filters.q),
  render: (locale, filters) => <SearchResults locale={locale} q={filters.q ?? ''} />,
})
