import { countryName, isCountryCode } from '@/lib/countries'
import { isLocale, locales, type Locale } from '@/lib/locales'
import { siteText } from '@/lib/siteText'
import { socialCardImage } from '@/lib/socialCardImage'
import { queryEventBySlug } from '@/queries/events'
import { queryFilmBySlug } from '@/queries/films'
import { queryReportBySlug } from '@/queries/reports'

// Each card is drawn once and kept like the page it shows (ISR): the home page's and the lists' at
// build time, the others on their first request, again when their data's tag is expired or hourly.
export const revalidate = 3600
export const generateStaticParams = () =>
  locales.flatMap((locale) => [[], ['events'], ['films'], ['search']].map((page) => ({ locale, page })))

type Card = { title: string; kind?: string }

/** The title of the page at /{locale}/{page...}, or null when there is no such page. */
async function cardOf(locale: Locale, page: string[]): Promise<Card | null> {
  const text = siteText(locale)
  const [section, slug, ...rest] = page
  if (rest.length > 0) return null
  // The home page's card says what the site is; the site's name is above it on every card.
  if (!section) return { title: text.tagline }
  if (!slug) {
    const lists: Record<string, string> = {
      events: text.events,
      films: text.filmCatalogue,
      search: text.search,
    }
    return section in lists ? { title: lists[section] } : null
  }
  switch (section) {
    case 'countries': {
      const code = slug.toUpperCase()
      return isCountryCode(code) ? { title: text.eventsIn(countryName(code, locale)) } : null
    }
    case 'events': {
      const event = await queryEventBySlug(locale, slug)
      return event?.title ? { title: event.title, kind: text.events } : null
    }
    case 'films': {
      const film = await queryFilmBySlug(locale, slug)
      return film?.title ? { title: film.title, kind: text.films } : null
    }
    case 'reports': {
      const report = await queryReportBySlug(locale, slug)
      return report?.title ? { title: report.title, kind: text.report } : null
    }
    default:
      return null
  }
}

/** The picture shared with a page that has none of its own (lib/socialCard.ts links it). */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; page?: string[] }> },
) {
  const { locale, page = [] } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const card = await cardOf(locale, page)
  if (!card) return new Response('Not found', { status: 404 })
  return socialCardImage({
    title: card.title,
    kind: card.kind,
    siteName: siteText(locale).siteName,
    lang: locale,
  })
}
