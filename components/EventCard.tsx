import Link from 'next/link'
import { Photo } from '@/components/Photo'
import { countryName } from '@/lib/countries'
import { formatDayRange } from '@/lib/dates'
import type { Locale } from '@/lib/locales'
import { imageIn } from '@/lib/media'
import { eventTypes } from '@/lib/vocabulary'

type EventSummary = {
  title?: string | null
  slug?: string | null
  type: string
  startsOn: string
  endsOn?: string | null
  city?: string | null
  country: string
  summary?: string | null
  heroImage?: unknown
}

export function EventCard({
  event,
  locale,
  headingLevel = 3,
  priority = false,
}: {
  event: EventSummary
  locale: Locale
  headingLevel?: 2 | 3
  /** The card whose picture is the largest thing above the fold (`firstWithPicture`, lib/media.ts). */
  priority?: boolean
}) {
  const Heading = `h${headingLevel}` as const
  const image = imageIn(event.heroImage, 'card')
  return (
    // `w-full`: in its list item (a flex row, so cards of a row share a height) a card without a
    // picture would otherwise shrink to its text.
    <article className="flex w-full flex-col overflow-hidden rounded-lg border border-steppe-100 bg-white shadow-sm">
      {image && (
        <Photo image={image} alt="" className="aspect-[16/10] w-full object-cover" priority={priority} />
      )}
      <div className="flex flex-1 flex-col p-5">
        <p className="text-sm font-medium uppercase tracking-wide text-steppe-600">
          {eventTypes.find((type) => type.value === event.type)?.label[locale]}
        </p>
        <Heading className="mt-1 text-xl font-semibold text-slate-900">
          <Link
            href={`/${locale}/events/${event.slug}`}
            className="underline-offset-4 hover:underline focus-visible:underline"
          >
            {event.title}
          </Link>
        </Heading>
        <p className="mt-2 text-slate-700">
          <time dateTime={event.startsOn.slice(0, 10)}>
            {formatDayRange(locale, event.startsOn, event.endsOn)}
          </time>
          {' · '}
          {event.city}, {countryName(event.country, locale)}
        </p>
        {event.summary && <p className="mt-2 text-slate-600">{event.summary}</p>}
      </div>
    </article>
  )
}
