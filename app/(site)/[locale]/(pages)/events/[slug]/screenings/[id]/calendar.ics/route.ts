import { screeningEntry } from '@/lib/calendarEntries'
import { icsResponse, toICS } from '@/lib/ics'
import { isLocale } from '@/lib/locales'
import { queryEventBySlug, screeningsOfEvent } from '@/queries/events'

export const revalidate = 3600

/** One screening, for a calendar. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; slug: string; id: string }> },
) {
  const { locale, slug, id } = await params
  const event = isLocale(locale) ? await queryEventBySlug(locale, slug) : null
  if (!isLocale(locale) || !event) return new Response('Not found', { status: 404 })
  const screening = (await screeningsOfEvent(locale, event)).find((candidate) => String(candidate.id) === id)
  if (!screening) return new Response('Not found', { status: 404 })
  return icsResponse(
    toICS(
      [screeningEntry(locale, event, screening)],
      event.title ?? slug,
      screening.startsAt_tz ?? event.timezone,
    ),
    `${slug}-${id}.ics`,
  )
}
