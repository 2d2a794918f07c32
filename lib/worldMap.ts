import { geoEqualEarth, geoPath } from 'd3-geo'
import countries from 'i18n-iso-countries'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import world from 'world-atlas/countries-110m.json'

export type CountryShape = { code: string | null; path: string }

export const mapSize = { width: 960, height: 470 }

let shapes: CountryShape[] | null = null

/** Country outlines as SVG paths (Natural Earth 1:110m), drawn once per server process. */
export const countryShapes = (): CountryShape[] => {
  if (shapes) return shapes
  const topology = world as unknown as Topology<{ countries: GeometryCollection }>
  const collection = feature(topology, topology.objects.countries)
  const projection = geoEqualEarth().fitSize([mapSize.width, mapSize.height], collection)
  const path = geoPath(projection).digits(1)
  shapes = collection.features
    .map((country) => ({
      code: (country.id && countries.numericToAlpha2(String(country.id))) || null,
      path: path(country) ?? '',
    }))
    .filter((shape) => shape.path)
  return shapes
}
