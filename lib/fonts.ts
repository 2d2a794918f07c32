import localFont from 'next/font/local'

/**
 * Noto Sans, self-hosted from @fontsource-variable/noto-sans (one variable file per script, so a
 * page loads only the scripts it shows). next/font/local gives each call one family without a
 * unicode-range, so each script is its own family, limited by `unicode-range` to its letters, and
 * the stack (app/globals.css, --font-sans) lists them before the one fallback: Arial adjusted to
 * Noto's metrics, so the swap moves nothing (CLS 0). Kazakh needs both Cyrillic files: і and ұ are
 * in the basic block, ә ғ қ ң ө ү һ in the extended one. Only Latin and basic Cyrillic are
 * preloaded (every page shows both: the language switcher says Русский); the extended Cyrillic and
 * Latin files come when a page's text asks for them.
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
  src: '../node_modules/@fontsource-variable/noto-sans/files/noto-sans-cyrillic-ext-wght-normal.woff2',
  weight: '100 900',
  display: 'swap',
  preload: false,
  variable: '--font-noto-cyrillic-ext',
  adjustFontFallback: false,
  declarations: [
    { prop: 'unicode-range', value: 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F' },
  ],
})

export const latinExt = localFont({
  src: '../node_modules/@fontsource-variable/noto-sans/files/noto-sans-latin-ext-wght-normal.woff2',
  weight: '100 900',
  display: 'swap',
  preload: false,
  variable: '--font-noto-latin-ext',
  adjustFontFallback: false,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
    },
  ],
})

/** The classes that define the families' CSS variables, for the document's <html>. */
export const fontVariables = [latin, cyrillic, cyrillicExt, latinExt].map((font) => font.variable).join(' ')
