import { countryName } from '@/lib/countries'
import type { Locale } from '@/lib/locales'
import { siteText } from '@/lib/siteText'
import { noEventsShade, shadeLegend } from '@/lib/mapShades'
import { mapSize } from '@/lib/worldMap'
import { mapVersion } from '@/lib/worldMapSvg'

/**
 * Countries shaded by number of events (a cached picture, app/(site)/map.svg), and the same
 * countries as a list of links to their pages: what the map says, for every reader and without
 * JavaScript. Most events first.
 */
export function WorldMap({
  locale,
  eventsPerCountry,
  listed = Infinity,
}: {
  locale: Locale
  eventsPerCountry: Record<string, number>
  /**
   * How many countries the list under the map names, most events first; the rest are one link away
   * on /{locale}/countries. The home page keeps its HTML small this way on an archive of 120
   * countries (issue 10: under 60 KB), and small countries stay reachable from the full list.
   */
  listed?: number
}) {
  const text = siteText(locale)
  const countries = Object.entries(eventsPerCountry)
    .map(([code, count]) => ({ code, count, name: countryName(code, locale) }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, locale))
  const legend = shadeLegend(Math.max(0, ...countries.map((country) => country.count)))
  return (
    <figure>
      {/* The list below says all the map shows, so the picture itself is decorative. */}
      {/* eslint-disable-next-line @next/next/no-img-element -- an SVG served as it is, not a photo to optimise */}
      <img
        src={`/map.svg?v=${mapVersion(eventsPerCountry)}`}
        alt=""
        width={mapSize.width}
        height={mapSize.height}
        loading="lazy"
        decoding="async"
        className="h-auto w-full rounded-lg bg-white"
      />
      <figcaption>
        {/* What each shade means: the counts it stands for (lib/mapShades.ts). */}
        <dl
          className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700"
          data-testid="map-legend"
        >
          <dt className="font-medium">{text.mapLegend}:</dt>
          {[{ shade: noEventsShade, from: 0, to: 0 }, ...legend].map(({ shade, from, to }) => (
            <dd key={shade} className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className="inline-block h-3.5 w-5 rounded-sm border border-slate-300"
                style={{ backgroundColor: shade }}
              />
              {from === to ? from : `${from}–${to}`}
            </dd>
          ))}
        </dl>
        <p className="mt-3 text-sm font-medium text-slate-700">
          {countries.length > listed ? text.mapTopCountries : text.mapCountriesList}
        </p>
        {/* Styled once on the list: a hundred countries' links stay a few bytes each. */}
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 [&_a]:text-steppe-700 [&_a]:underline [&_a]:underline-offset-4">
          {countries.slice(0, listed).map(({ code, count, name }) => (
            <li key={code}>
              <a href={`/${locale}/countries/${code.toLowerCase()}`}>{text.mapCountry(name, count)}</a>
            </li>
          ))}
        </ul>
        {countries.length > listed && (
          <p className="mt-2">
            <a
              href={`/${locale}/countries`}
              className="font-medium text-steppe-700 underline underline-offset-4"
            >
              {text.allCountries(countries.length)}
            </a>
          </p>
        )}
      </figcaption>
    </figure>
  )
}
