import { geoCentroid, geoEqualEarth, geoPath } from 'd3-geo'
import type { Feature, MultiPolygon, Polygon } from 'geojson'
import countries from 'i18n-iso-countries'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import world from 'world-atlas/countries-110m.json'

export type CountryShape = { code: string | null; path: string }

export const mapSize = { width: 960, height: 470 }

let shapes: CountryShape[] | null = null

/**
 * Overseas parts that Natural Earth's 1:110m countries draw as part of their state, which would be
 * shaded with its mainland's events (French Guiana as France): each becomes a shape of its own.
 */
const overseasParts: Record<
  string,
  { code: string; holds: (longitude: number, latitude: number) => boolean }[]
> = {
  FR: [{ code: 'GF', holds: (longitude) => longitude < -30 }],
}

type Country = Feature<Polygon | MultiPolygon>

/** A country split into its mainland and each overseas part listed above, with their codes. */
const withOverseasParts = (
  code: string | null,
  country: Country,
): { code: string | null; shape: Country }[] => {
  const parts = code ? overseasParts[code] : undefined
  if (!parts || country.geometry.type !== 'MultiPolygon') return [{ code, shape: country }]
  const groups = new Map<string | null, Polygon['coordinates'][]>()
  for (const polygon of country.geometry.coordinates) {
    const [longitude, latitude] = geoCentroid({ type: 'Polygon', coordinates: polygon })
    const part = parts.find((candidate) => candidate.holds(longitude, latitude))?.code ?? code
    groups.set(part, [...(groups.get(part) ?? []), polygon])
  }
  return [...groups].map(([part, polygons]) => ({
    code: part,
    shape: { ...country, geometry: { type: 'MultiPolygon', coordinates: polygons } },
  }))
}

/** Country outlines as SVG paths (Natural Earth 1:110m), drawn once per server process. */
export const countryShapes = (): CountryShape[] => {
  if (shapes) return shapes
  const topology = world as unknown as Topology<{ countries: GeometryCollection }>
  const collection = feature(topology, topology.objects.countries)
  const projection = geoEqualEarth().fitSize([mapSize.width, mapSize.height], collection)
  const path = geoPath(projection).digits(1)
  shapes = collection.features
    .flatMap((country) =>
      withOverseasParts(
        (country.id && countries.numericToAlpha2(String(country.id))) || null,
        country as Country,
      ),
    )
    .map(({ code, shape }) => ({ code, path: path(shape) ?? '' }))
    .filter((shape) => shape.path)
  return shapes
}
