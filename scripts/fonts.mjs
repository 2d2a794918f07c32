// `npm run fonts`: cuts the two extended Noto Sans files the public pages use down to the letters
// the site writes (assets/fonts/), keeping the weight axis. Run again after upgrading
// @fontsource-variable/noto-sans; tests/fonts.test.ts checks the files against lib/fonts.ts.
//
// Why: fontsource's extended files cover every language of their script. Every page named its
// language switcher "Қазақша" and an event in "Chișinău", so a phone fetched 71 KB of extended
// Cyrillic for one letter and 168 KB of extended Latin for two more, at the browser's highest
// priority, in front of the page's first picture (Lighthouse on the archive's home: 80-86,
// issue 10). Cut to Kazakh and to the Latin of European names they are 4 KB and 25 KB. A letter
// left out (a rare Cyrillic one, Vietnamese) is drawn by the fallback font, as before for scripts
// the site ships no font for.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import subsetFont from 'subset-font'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const source = path.join(root, 'node_modules/@fontsource-variable/noto-sans/files')

/**
 * Each cut: the fontsource file it comes from and the letters it keeps, written as CSS
 * `unicode-range`, the same text lib/fonts.ts declares (next/font takes only literals there).
 */
export const cuts = {
  // The Kazakh letters outside basic Cyrillic (і and ұ are in it): ғ қ ң ү һ ә ө and capitals.
  'noto-sans-kazakh-wght-normal.woff2': {
    from: 'noto-sans-cyrillic-ext-wght-normal.woff2',
    unicodeRange: 'U+0492-0493,U+049A-049B,U+04A2-04A3,U+04AE-04AF,U+04BA-04BB,U+04D8-04D9,U+04E8-04E9',
  },
  // Latin Extended-A (Polish, Czech, Hungarian, Turkish, Baltic, the 2021 Kazakh Latin letters),
  // Azerbaijani ə, Pinyin's tone marks, Romanian ș ț, currency signs (₸ ₽ ₺ ₴). The three the
  // Latin file has (ı œ Œ) are left to it, so a Turkish ı alone does not fetch this file.
  'noto-sans-latin-ext-europe-wght-normal.woff2': {
    from: 'noto-sans-latin-ext-wght-normal.woff2',
    unicodeRange:
      'U+0100-0130,U+0132-0151,U+0154-017F,U+018F,U+01CD-01DC,U+0218-021B,U+0259,U+20A0-20AB,U+20AD-20C0',
  },
}

/** The code points a `unicode-range` names. */
export const codePointsOf = (unicodeRange) =>
  unicodeRange.split(',').flatMap((part) => {
    const [low, high = low] = part.trim().replace(/^U\+/i, '').split('-')
    const [from, to] = [parseInt(low, 16), parseInt(high, 16)]
    return Array.from({ length: to - from + 1 }, (_, index) => from + index)
  })

export const cutFont = (cut) =>
  subsetFont(
    fs.readFileSync(path.join(source, cut.from)),
    String.fromCodePoint(...codePointsOf(cut.unicodeRange)),
    {
      targetFormat: 'woff2',
    },
  )

// realpath: run through a symlinked checkout, argv names the link.
if (process.argv[1] && fs.realpathSync(process.argv[1]) === fs.realpathSync(fileURLToPath(import.meta.url))) {
  const target = path.join(root, 'assets/fonts')
  fs.mkdirSync(target, { recursive: true })
  for (const [name, cut] of Object.entries(cuts)) {
    const font = await cutFont(cut)
    fs.writeFileSync(path.join(target, name), font)
    console.log(`${name}: ${(font.length / 1024).toFixed(1)} KB from ${cut.from}`)
  }
}
