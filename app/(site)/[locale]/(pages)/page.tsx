import { EventCard } from '@/components/EventCard'
import { isLocale } from '@/lib/locales'
import { siteText } from '@/lib/siteText'
import { queryUpcomingEvents } from '@/queries/events'
import Link from 'next/link'
import { notFound } from 'next/navigation'

// Rebuilt at most hourly (so "upcoming" moves on), and at once when an editor publishes.
export const revalidate = 3600

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const text = siteText(locale)
  const { docs: events } = await queryUpcomingEvents(locale)
  return (
    <>
      <section className="mb-10">
        <h1 className="text-3xl font-bold tracking-tight text-steppe-900 sm:text-4xl">{text.siteName}</h1>
        <p className="mt-3 max-w-2xl text-lg text-slate-700">{text.tagline}</p>
      </section>
      <section aria-labelledby="upcoming">
        <h2 id="upcoming" className="mb-4 text-2xl font-semibold text-steppe-900">{text.upcoming}</h2>
        {events.length === 0 ? (
          <p>{text.noUpcoming}</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {events.map((event) => (
              <li key={event.id} className="flex">
                <EventCard event={event} locale={locale} />
              </li>
            ))}
          </ul>
        )}
        <p className="mt-6">
          <Link href={`/${locale}/events`} className="font-medium text-steppe-700 underline underline-offset-4">{text.allEvents}</Link>
        </p>
      </section>
    </>
  )
}
