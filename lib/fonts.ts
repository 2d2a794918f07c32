import localFont from 'next/font/local'

/**
 * Noto Sans, self-hosted from @fontsource-variable/noto-sans (one variable file per script, so a
 * page loads only the scripts it shows). next/font/local gives each call one family without a
 * unicode-range, so each script is its own family, limited by `unicode-range` to its letters, and
 * the stack (app/globals.css, --font-sans) lists them before the one fallback: Arial adjusted to
 * Noto's metrics, so the swap moves nothing (CLS 0). Kazakh needs both Cyrillic files: і and ұ are
 * in the basic block, ә ғ қ ң ө ү һ in the extended one. Only Latin and basic Cyrillic are
 * preloaded (every page shows both: the language switcher says Русский); the extended files come
 * when a page's text asks for them, and are cut to the letters the site writes (scripts/fonts.mjs,
 * `npm run fonts`: 4 and 25 KB where fontsource's are 71 and 168 KB; their `unicode-range` is
 * written there too, and tests/fonts.test.ts holds the two in step).
 */
export const latin = localFont({
  src: '../node_modules/@fontsource-variable/noto-sans/files/noto-sans-latin-wght-normal.woff2',
  weight: '100 900',
  display: 'swap',
  variable: '--font-noto-latin',
  adjustFontFallback: 'Arial',
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
    },
  ],
})

export const cyrillic = localFont({
  src: '../node_modules/@fontsource-variable/noto-sans/files/noto-sans-cyrillic-wght-normal.woff2',
  weight: '100 900',
  display: 'swap',
  variable: '--font-noto-cyrillic',
  adjustFontFallback: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116' }],
})

export const cyrillicExt = localFont({
  src: '../assets/fonts/noto-sans-kazakh-wght-normal.woff2',
  weight: '100 900',
  display: 'swap',
  preload: false,
  variable: '--font-noto-cyrillic-ext',
  adjustFontFallback: false,
  declarations: [
    {
      prop: 'unicode-range',
      value: 'U+0492-0493,U+049A-049B,U+04A2-04A3,U+04AE-04AF,U+04BA-04BB,U+04D8-04D9,U+04E8-04E9',
    },
  ],
})

export const latinExt = localFont({
  src: '../assets/fonts/noto-sans-latin-ext-europe-wght-normal.woff2',
  weight: '100 900',
  display: 'swap',
  preload: false,
  variable: '--font-noto-latin-ext',
  adjustFontFallback: false,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0100-0130,U+0132-0151,U+0154-017F,U+018F,U+01CD-01DC,U+0218-021B,U+0259,U+20A0-20AB,U+20AD-20C0',
    },
  ],
})

/** The classes that define the families' CSS variables, for the document's <html>. */
export const fontVariables = [latin, cyrillic, cyrillicExt, latinExt].map((font) => font.variable).join(' ')
