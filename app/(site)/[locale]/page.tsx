import { countryName } from '@/lib/countries'
import { intlLocale, isLocale, type Locale } from '@/lib/locales'
import { siteText } from '@/lib/siteText'
import { eventTypes } from '@/lib/vocabulary'
import { queryUpcomingEvents } from '@/queries/upcomingEvents'

// Rebuilt at most hourly (so "upcoming" moves on), and at once when an editor publishes.
export const revalidate = 3600

/** Day-only dates are stored at noon UTC: format them in UTC so no zone shifts the day. */
const dateRange = (locale: Locale, startsOn: string, endsOn?: string | null) =>
  new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(
    new Date(startsOn),
    new Date(endsOn ?? startsOn),
  )

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return null
  const text = siteText(locale)
  const events = await queryUpcomingEvents(locale)
  return (
    <>
      <section className="mb-10">
        <h1 className="text-3xl font-bold tracking-tight text-steppe-900 sm:text-4xl">{text.siteName}</h1>
        <p className="mt-3 max-w-2xl text-lg text-slate-700">{text.tagline}</p>
      </section>
      <section aria-labelledby="upcoming">
        <h2 id="upcoming" className="mb-4 text-2xl font-semibold text-steppe-900">
          {text.upcoming}
        </h2>
        {events.length === 0 ? (
          <p>{text.noUpcoming}</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {events.map((event) => (
              <li key={event.id} className="rounded-lg border border-steppe-100 bg-white p-5 shadow-sm">
                <p className="text-sm font-medium uppercase tracking-wide text-steppe-600">
                  {eventTypes.find((type) => type.value === event.type)?.label[locale]}
                </p>
                <h3 className="mt-1 text-xl font-semibold text-slate-900">{event.title}</h3>
                <p className="mt-2 text-slate-700">
                  <time dateTime={event.startsOn.slice(0, 10)}>{dateRange(locale, event.startsOn, event.endsOn)}</time>
                  {' · '}
                  {event.city}, {countryName(event.country, locale)}
                </p>
                {event.summary && <p className="mt-2 text-slate-600">{event.summary}</p>}
                <p className="mt-3 text-sm text-slate-500">{text.screenings(event.screeningCount)}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
