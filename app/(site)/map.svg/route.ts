import { brotliCompressSync, gzipSync } from 'node:zlib'
import { mapVersion, worldMapSvg } from '@/lib/worldMapSvg'
import { queryFigures } from '@/queries/figures'

type Drawn = { version: string; svg: string; br: Buffer; gzip: Buffer }
let drawn: Drawn | null = null

// Next compresses the pages it renders but not what a route handler answers: the map's 120 KB of
// paths would travel as they are. Compressed once per version (brotli 30 KB, gzip 42 KB).
const draw = (version: string, eventsPerCountry: Record<string, number>): Drawn => {
  const svg = worldMapSvg(eventsPerCountry)
  return { version, svg, br: brotliCompressSync(svg), gzip: gzipSync(svg, { level: 9 }) }
}

/** The smallest encoding this reader accepts: brotli, gzip, or none. */
const encodingFor = (request: Request) => {
  const accepted = request.headers.get('accept-encoding') ?? ''
  return /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null
}

/**
 * The home page's map, out of its HTML (300 KB of paths inline before): `/map.svg?v=<version>`,
 * the version being the counts it is drawn from. The current version is kept by browsers and CDNs
 * for a year; any other answers the current map, briefly cached, so a page rendered a moment
 * before a change still shows a map.
 */
export async function GET(request: Request) {
  const { eventsPerCountry } = await queryFigures()
  const version = mapVersion(eventsPerCountry)
  if (drawn?.version !== version) drawn = draw(version, eventsPerCountry)
  const current = new URL(request.url).searchParams.get('v') === version
  const encoding = encodingFor(request)
  return new Response(encoding ? new Uint8Array(drawn[encoding]) : drawn.svg, {
    headers: {
      'Content-Type': 'image/svg+xml',
      ...(encoding && { 'Content-Encoding': encoding }),
      Vary: 'Accept-Encoding',
      'Cache-Control': current ? 'public, max-age=31536000, immutable' : 'public, max-age=60',
    },
  })
}
