import { countryName } from '@/lib/countries'
import type { Locale } from '@/lib/locales'
import { siteText } from '@/lib/siteText'
import { countryShapes, mapSize } from '@/lib/worldMap'

const shade = (count: number, most: number) =>
  ['#9cc3e6', '#5a95c9', '#1f5f99', '#0d2740'][Math.min(3, Math.floor((count / most) * 3.999))]

/** Drawn on the server as SVG: countries shaded by number of events, each a link to its page. */
export function WorldMap({
  locale,
  eventsPerCountry,
}: {
  locale: Locale
  eventsPerCountry: Record<string, number>
}) {
  const text = siteText(locale)
  const most = Math.max(1, ...Object.values(eventsPerCountry))
  return (
    <figure>
      <svg
        viewBox={`0 0 ${mapSize.width} ${mapSize.height}`}
        role="group"
        aria-labelledby="map-heading"
        className="h-auto w-full rounded-lg bg-white"
      >
        {countryShapes().map((shape, index) => {
          const count = shape.code ? eventsPerCountry[shape.code] : undefined
          if (!count || !shape.code)
            return (
              <path
                key={index}
                d={shape.path}
                fill="#e8eef6"
                stroke="#ffffff"
                strokeWidth={0.5}
                aria-hidden="true"
              />
            )
          const label = text.mapCountry(countryName(shape.code, locale), count)
          return (
            <a key={index} href={`/${locale}/countries/${shape.code.toLowerCase()}`} aria-label={label}>
              <title>{label}</title>
              <path
                d={shape.path}
                fill={shade(count, most)}
                stroke="#ffffff"
                strokeWidth={0.5}
                className="hover:opacity-80"
              />
            </a>
          )
        })}
      </svg>
      <figcaption className="sr-only">
        {Object.entries(eventsPerCountry)
          .map(([code, n]) => text.mapCountry(countryName(code, locale), n))
          .join('; ')}
      </figcaption>
    </figure>
  )
}
