import { screeningEntry } from '@/lib/calendarEntries'
import { icsResponse, toICS } from '@/lib/ics'
import { queryUpcomingScreenings } from '@/queries/events'

export const revalidate = 3600

/** All upcoming screenings, for subscribing in a calendar app. */
export async function GET() {
  const screenings = await queryUpcomingScreenings('en')
  const entries = screenings.flatMap((screening) => {
    const event = screening.event && typeof screening.event === 'object' ? screening.event : null
    return event ? [screeningEntry('en', event, screening)] : []
  })
  return icsResponse(toICS(entries, 'Kazakh Cinema Abroad: upcoming screenings'), 'events.ics')
}
