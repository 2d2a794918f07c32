import { createHash } from 'node:crypto'
import { mapShades, noEventsShade, shadeIndex } from './mapShades'
import { countryShapes, mapSize } from './worldMap'

const shade = (count: number, most: number) => mapShades[shadeIndex(count, most)]

/** Which map a page shows: the counts it is drawn from, so its address changes only when they do. */
export const mapVersion = (eventsPerCountry: Record<string, number>): string =>
  createHash('sha256')
    .update(JSON.stringify(Object.entries(eventsPerCountry).sort(([a], [b]) => a.localeCompare(b))))
    .digest('hex')
    .slice(0, 16)

/**
 * The world map as an SVG document: countries shaded by number of events. A picture only (an <img>
 * on the home page): the countries' names, counts and links are the list beside it, in the page's
 * language, so the map holds no words and is the same in every language.
 */
export const worldMapSvg = (eventsPerCountry: Record<string, number>): string => {
  const most = Math.max(1, ...Object.values(eventsPerCountry))
  const paths = countryShapes().map((shape) => {
    const count = shape.code ? eventsPerCountry[shape.code] : undefined
    return `<path d="${shape.path}" fill="${count ? shade(count, most) : noEventsShade}"/>`
  })
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${mapSize.width} ${mapSize.height}" width="${mapSize.width}" height="${mapSize.height}"><g stroke="#ffffff" stroke-width="0.5">${paths.join('')}</g></svg>`
}
