import { mapVersion, worldMapSvg } from '@/lib/worldMapSvg'
import { queryFigures } from '@/queries/figures'

let drawn: { version: string; svg: string } | null = null

/**
 * The home page's map, out of its HTML (300 KB of paths inline before): `/map.svg?v=<version>`,
 * the version being the counts it is drawn from. The current version is kept by browsers and CDNs
 * for a year; any other answers the current map, briefly cached, so a page rendered a moment
 * before a change still shows a map.
 */
export async function GET(request: Request) {
  const { eventsPerCountry } = await queryFigures()
  const version = mapVersion(eventsPerCountry)
  if (drawn?.version !== version) drawn = { version, svg: worldMapSvg(eventsPerCountry) }
  const current = new URL(request.url).searchParams.get('v') === version
  return new Response(drawn.svg, {
    headers: {
      'Content-Type': 'image/svg+xml',
      'Cache-Control': current ? 'public, max-age=31536000, immutable' : 'public, max-age=60',
    },
  })
}
