import { eventEntry, screeningEntry } from '@/lib/calendarEntries'
import { icsResponse, toICS } from '@/lib/ics'
import { isLocale } from '@/lib/locales'
import { queryEventBySlug, screeningsOfEvent } from '@/queries/events'

export const revalidate = 3600

/** The whole event and each of its screenings, for a calendar. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
) {
  const { locale, slug } = await params
  const event = isLocale(locale) ? await queryEventBySlug(locale, slug) : null
  if (!isLocale(locale) || !event) return new Response('Not found', { status: 404 })
  const screenings = await screeningsOfEvent(locale, event)
  const entries = [
    eventEntry(locale, event),
    ...screenings.map((screening) => screeningEntry(locale, event, screening)),
  ]
  return icsResponse(toICS(entries, event.title ?? slug, event.timezone), `${slug}.ics`)
}
