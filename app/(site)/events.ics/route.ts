import { screeningEntry } from '@/lib/calendarEntries'
import { icsResponse, toICS } from '@/lib/ics'
import { queryCalendarScreenings } from '@/queries/events'

export const revalidate = 3600

/**
 * Screenings for subscribing in a calendar app: the coming six months and the past two weeks,
 * bounded whatever the archive's size (`calendarWindow` in queries/events.ts says why). Kept
 * and rebuilt when an event or a screening changes (the data's tags), else hourly, which also
 * moves the window on.
 */
export async function GET() {
  const screenings = await queryCalendarScreenings('en')
  const entries = screenings.flatMap((screening) => {
    const event = screening.event && typeof screening.event === 'object' ? screening.event : null
    return event ? [screeningEntry('en', event, screening)] : []
  })
  return icsResponse(toICS(entries, 'Kazakh Cinema Abroad: screenings'), 'events.ics')
}
