import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ImageResponse } from 'next/og'
import { socialCardSize } from './socialCard'

// Satori (next/og) reads TTF, OTF and WOFF, not WOFF2, and has no unicode-range: files of one
// family name are one font to it (its Cyrillic came out as boxes), so each subset is a family of
// its own and the card lists them all. Noto Sans from @fontsource/noto-sans, in the four subsets
// the three languages need: Kazakh's ә ғ қ ң ө ү һ are in cyrillic-ext, і and ұ in cyrillic.
const subsets = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const
const weights = [400, 700] as const

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | null = null

const loadFonts = () =>
  (fonts ??= Promise.all(
    weights.flatMap((weight) =>
      subsets.map(async (subset) => ({
        name: `Noto Sans ${subset}`,
        weight,
        style: 'normal' as const,
        data: await readFile(
          path.join(
            process.cwd(),
            'node_modules/@fontsource/noto-sans/files',
            `noto-sans-${subset}-${weight}-normal.woff`,
          ),
        ),
      })),
    ),
  ))

/** Long titles are cut at a word, so the card stays three lines at most. */
const shortened = (title: string, limit = 90) => {
  if (title.length <= limit) return title
  const cut = title.slice(0, limit)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), limit - 20)).trimEnd()}…`
}

/**
 * The picture of a shared page that has none of its own: its title, what kind of page it is, and
 * the site's name, on the site's colours, as a 1200x630 PNG (about 30-60 KB).
 */
export async function socialCardImage({
  title,
  kind,
  siteName,
  lang,
}: {
  title: string
  kind?: string
  siteName: string
  lang: string
}) {
  const shown = shortened(title)
  return new ImageResponse(
    <div
      lang={lang}
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px 80px',
        background: '#0d2740',
        color: '#ffffff',
        fontFamily: subsets.map((subset) => `'Noto Sans ${subset}'`).join(', '),
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 20 }}>
        <div style={{ width: 56, height: 56, borderRadius: 28, background: '#f2c14e' }} />
        <div style={{ fontSize: 36, fontWeight: 700 }}>{siteName}</div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
        {kind ? (
          <div style={{ fontSize: 30, color: '#f2c14e', textTransform: 'uppercase', letterSpacing: 2 }}>
            {kind}
          </div>
        ) : null}
        <div style={{ fontSize: shown.length > 50 ? 60 : 76, fontWeight: 700, lineHeight: 1.15 }}>
          {shown}
        </div>
      </div>
      <div style={{ display: 'flex', height: 8, background: '#1f5f99', borderRadius: 4 }} />
    </div>,
    {
      ...socialCardSize,
      fonts: await loadFonts(),
      // Kept by browsers and shared caches as long as the page's own cache keeps it (an hour).
      headers: { 'Cache-Control': 'public, max-age=3600, s-maxage=3600, stale-while-revalidate=86400' },
    },
  )
}
