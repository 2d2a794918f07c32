import { expect, test, type Browser } from '@playwright/test'

// Public pages as a crawler, a social network or a reader without JavaScript meets them: every 404
// rendered on the server in the reader's language with a way on, a social card on every page kind,
// a generated picture for pages without one, and schema.org data as Google's guidance asks.

const words = {
  en: {
    title: 'Page not found',
    text: 'This page does not exist or is not published.',
    home: 'Back to the home page',
  },
  ru: {
    title: 'Страница не найдена',
    text: 'Такой страницы нет или она не опубликована.',
    home: 'На главную',
  },
  kk: { title: 'Бет табылмады', text: 'Мұндай бет жоқ немесе жарияланбаған.', home: 'Басты бетке' },
} as const
type Language = keyof typeof words
const languages = Object.keys(words) as Language[]

/** A page opened with JavaScript off, so only what the server wrote is there. */
const withoutJavaScript = async (browser: Browser, acceptLanguage?: string) =>
  (
    await browser.newContext({
      javaScriptEnabled: false,
      extraHTTPHeaders: acceptLanguage ? { 'Accept-Language': acceptLanguage } : {},
    })
  ).newPage()

type Page = Awaited<ReturnType<typeof withoutJavaScript>>

/** What the server writes for a 404, before any script runs: the status and the head. */
const expectNotFoundHeadIn = async (page: Page, path: string, language: Language) => {
  const response = await page.goto(path)
  expect(response?.status(), path).toBe(404)
  await expect(page, path).toHaveTitle(new RegExp(`^${words[language].title} · `))
  await expect(page.locator('meta[name="robots"]').first(), path).toHaveAttribute('content', /noindex/)
}

/** The page a reader sees: its language, what happened, the site's search and a link home. */
const expectNotFoundBodyIn = async (page: Page, path: string, language: Language) => {
  await expect(page.locator('html'), path).toHaveAttribute('lang', language)
  await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(words[language].title)
  await expect(page.getByText(words[language].text), path).toBeVisible()
  const search = page.getByRole('search')
  await expect(search, path).toHaveAttribute('action', `/${language}/search`)
  await expect(search.locator('input[name="q"]'), path).toBeVisible()
  await expect(page.getByRole('link', { name: words[language].home }), path).toHaveAttribute(
    'href',
    `/${language}`,
  )
}

const missingPaths = [
  '/no-such-page',
  '/events/no-such-event',
  '/events/kazakh-film-week-paris-2027', // a draft
  '/films/no-such-film',
  '/reports/welink-film-festival-new-york-2026-report', // submitted, not published
  '/countries/xx',
]

// Unknown languages: the browser's language, else English.
const unknownLanguages = [
  { path: '/de/events', acceptLanguage: 'ru-RU,ru;q=0.9,en;q=0.5', language: 'ru' },
  { path: '/xx', acceptLanguage: 'kk,ru;q=0.8', language: 'kk' },
  { path: '/de/events', acceptLanguage: 'de-DE', language: 'en' },
] as const

test.describe('404s', () => {
  for (const language of languages) {
    test(`every kind of missing page is a 404 titled in ${language}, without JavaScript`, async ({
      browser,
    }) => {
      const page = await withoutJavaScript(browser)
      for (const path of missingPaths) await expectNotFoundHeadIn(page, `/${language}${path}`, language)
    })

    test(`every kind of missing page says so in ${language}, with search and home`, async ({ page }) => {
      for (const path of missingPaths) {
        expect((await page.goto(`/${language}${path}`))?.status(), path).toBe(404)
        await expectNotFoundBodyIn(page, `/${language}${path}`, language)
      }
    })

    // Next writes a notFound() from a matched route as an empty document (<html id="__next_error__">,
    // its text only in flight data a script draws): vercel/next.js#62228, #98295. scripts/server.mjs
    // fills it in with the prerendered 404 (scripts/notFoundPage.mjs); this is what a reader without
    // JavaScript gets, for a missing event and an address no page has.
    test(`the 404's text in ${language} is in the server's HTML`, async ({ browser }) => {
      const page = await withoutJavaScript(browser)
      for (const path of ['/events/no-such-event', '/no-such-page']) {
        await expectNotFoundHeadIn(page, `/${language}${path}`, language)
        await expectNotFoundBodyIn(page, `/${language}${path}`, language)
      }
    })
  }

  // Read over HTTP with the header exactly as written: Chromium sets a navigation's Accept-Language
  // from its own locale, whatever extraHTTPHeaders says, so a browser context cannot pose as a
  // Russian or Kazakh reader here.
  test('an unknown language prefix answers in the language the browser asks for, else English', async ({
    request,
  }) => {
    for (const { path, acceptLanguage, language } of unknownLanguages) {
      const response = await request.get(path, { headers: { 'Accept-Language': acceptLanguage } })
      expect(response.status(), `${path} ${acceptLanguage}`).toBe(404)
      const html = await response.text()
      expect(html, acceptLanguage).toMatch(new RegExp(`<html[^>]* lang="${language}"`))
      expect(html, acceptLanguage).toContain(`<title>${words[language].title} · `)
      expect(html, acceptLanguage).toMatch(new RegExp(`<h1[^>]*>${words[language].title}</h1>`))
      expect(html, acceptLanguage).toContain(words[language].text)
      expect(html, acceptLanguage).toContain(`action="/${language}/search"`)
    }
  })
})

const openGraphLocale = { kk: 'kk_KZ', ru: 'ru_RU', en: 'en_US' } as const

// Each page kind, with the og:type it should carry and whether its picture is its own.
const pageKinds = [
  { path: '', type: 'website', own: false },
  { path: '/events', type: 'website', own: false },
  { path: '/films', type: 'website', own: false },
  { path: '/search', type: 'website', own: false },
  { path: '/countries/be', type: 'website', own: false },
  { path: '/events/days-of-kazakh-cinema-brussels-2025', type: 'website', own: true },
  { path: '/films/road-to-mother', type: 'video.movie', own: true },
  { path: '/reports/days-of-kazakh-cinema-brussels-2025-report', type: 'article', own: true },
] as const

/** The width and height a PNG's header gives, or null for anything that is not a PNG. */
const pngSize = (bytes: Buffer) =>
  bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) &&
  bytes.subarray(12, 16).toString('ascii') === 'IHDR'
    ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
    : null

test.describe('social cards', () => {
  for (const language of languages)
    test(`every page kind has a full card in ${language}`, async ({ request, baseURL }) => {
      for (const { path, type, own } of pageKinds) {
        const html = await (await request.get(`/${language}${path}`)).text()
        const meta = (key: string) =>
          [...html.matchAll(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`, 'g'))].map(
            ([, content]) => content.replaceAll('&amp;', '&'),
          )
        const where = `/${language}${path}`
        expect(meta('og:title')[0], where).toBeTruthy()
        expect(meta('og:description')[0], where).toBeTruthy()
        expect(meta('og:site_name')[0], where).toBeTruthy()
        expect(meta('og:url'), where).toEqual([`${baseURL}/${language}${path}`])
        expect(meta('og:type'), where).toEqual([type])
        expect(meta('og:locale'), where).toEqual([openGraphLocale[language]])
        expect(meta('og:locale:alternate').sort(), where).toEqual(
          languages
            .filter((code) => code !== language)
            .map((code) => openGraphLocale[code])
            .sort(),
        )
        expect(meta('og:image:width'), where).toHaveLength(1)
        expect(meta('og:image:height'), where).toHaveLength(1)
        expect(meta('og:image:alt')[0], where).toBeTruthy()
        expect(meta('twitter:card'), where).toEqual(['summary_large_image'])
        const [image] = meta('og:image')
        expect(image, where).toMatch(new RegExp(`^${baseURL}/`))
        if (own) expect(image, where).toMatch(/\/api\/media\/file\//)
        else expect(image, where).toBe(`${baseURL}/${language}/social-card${path}`)
        const picture = await request.get(image)
        expect(picture.status(), image).toBe(200)
        expect(picture.headers()['content-type'], image).toMatch(/^image\//)
      }
    })

  test('a generated card is a small 1200x630 PNG, kept, and missing pages have none', async ({ request }) => {
    for (const path of ['/kk/social-card', '/ru/social-card/events', '/en/social-card/films/aika']) {
      const response = await request.get(path)
      expect(response.status(), path).toBe(200)
      expect(response.headers()['content-type']).toBe('image/png')
      const bytes = await response.body()
      expect(pngSize(bytes), path).toEqual({ width: 1200, height: 630 })
      expect(bytes.length, path).toBeLessThan(150_000)
      // Kept, not drawn again for every request.
      expect(response.headers()['cache-control'], path).toMatch(/s-maxage=\d+/)
    }
    for (const path of ['/en/social-card/films/no-such-film', '/en/social-card/nowhere', '/de/social-card'])
      expect((await request.get(path)).status(), path).toBe(404)
  })
})

/** The page's schema.org data. */
const jsonLdOf = async (request: import('@playwright/test').APIRequestContext, path: string) => {
  const html = await (await request.get(path)).text()
  const script = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)
  expect(script, path).not.toBeNull()
  return JSON.parse(script![1])
}

const withOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/

test.describe('structured data', () => {
  test('an event: times with the venue’s offset, place with its address, attendance, organiser, offers', async ({
    request,
  }) => {
    const event = await jsonLdOf(request, '/en/events/days-of-kazakh-cinema-brussels-2025')
    expect(event['@type']).toBe('Event')
    // 19:00 in Brussels in December is UTC+1.
    expect(event.startDate).toBe('2025-12-15T19:00:00+01:00')
    expect(event.endDate).toMatch(withOffset)
    expect(event.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode')
    expect(event.eventStatus).toBe('https://schema.org/EventScheduled')
    const place = Array.isArray(event.location) ? event.location[0] : event.location
    expect(place['@type']).toBe('Place')
    expect(place.name).toBeTruthy()
    expect(place.address).toMatchObject({
      '@type': 'PostalAddress',
      addressLocality: 'Brussels',
      addressCountry: 'BE',
    })
    expect(event.image[0]).toMatch(/^http/)
    expect(event.organizer).toMatchObject({ '@type': 'Organization', name: expect.any(String) })
    for (const screening of event.subEvent) {
      expect(screening['@type']).toBe('ScreeningEvent')
      expect(screening.startDate).toMatch(withOffset)
      expect(screening.location.address['@type']).toBe('PostalAddress')
    }

    // Registration is linked where a screening has it; 19:00 in Washington in December is UTC-5.
    const washington = await jsonLdOf(request, '/en/events/amre-premiere-washington-2026')
    expect(washington.startDate).toBe('2026-12-09T19:00:00-05:00')
    expect(washington.offers[0]).toMatchObject({
      '@type': 'Offer',
      url: 'https://example.org/register/amre-washington',
      availability: 'https://schema.org/InStock',
    })
  })

  test('a film is a Movie with its director, picture and year', async ({ request }) => {
    const film = await jsonLdOf(request, '/ru/films/road-to-mother')
    expect(film['@type']).toBe('Movie')
    expect(film.name).toBeTruthy()
    expect(film.director.length).toBeGreaterThan(0)
    expect(film.director[0]).toMatchObject({ '@type': 'Person', name: expect.any(String) })
    expect(film.image).toMatch(/^http.*\/api\/media\/file\//)
    expect(film.dateCreated).toMatch(/^\d{4}$/)
  })

  test('a report is an article by the embassy, published by the ministry', async ({ request }) => {
    const report = await jsonLdOf(request, '/kk/reports/days-of-kazakh-cinema-brussels-2025-report')
    expect(report['@type']).toBe('NewsArticle')
    expect(report.headline).toBeTruthy()
    expect(report.headline.length).toBeLessThanOrEqual(110)
    expect(report.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(report.author[0]).toMatchObject({ '@type': 'Organization', name: expect.any(String) })
    expect(report.publisher).toMatchObject({
      '@type': 'Organization',
      name: 'Қазақстан Республикасы Мәдениет және ақпарат министрлігі',
    })
    expect(report.publisher.logo.url).toMatch(/^http.*\/apple-icon\.png$/)
    expect(report.image[0]).toMatch(/^http/)
  })
})

test('the public site brings its own font, with the Kazakh letters', async ({ page }) => {
  await page.goto('/kk')
  const families = await page.evaluate(() => getComputedStyle(document.body).fontFamily)
  // next/font names each family after its constant in lib/fonts.ts.
  expect(families).toMatch(/^latinExt, cyrillicExt, cyrillic, latin, "latin Fallback"/)
  // The browser has the font's faces and has loaded those the page's letters need.
  await page.evaluate(() => document.fonts.ready)
  const loaded = await page.evaluate(async () => {
    // Only Noto's families: the fallback's local(Arial) is missing on a machine without Arial, and a
    // face that cannot load fails the whole load() (the page itself just moves on to the next font).
    const noto = getComputedStyle(document.body)
      .fontFamily.split(',')
      .filter((family) => !family.includes('Fallback'))
      .join(',')
    await document.fonts.load(`16px ${noto}`, 'әғқңөұүһі')
    return [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.unicodeRange)
  })
  // Both Cyrillic files: the basic block (і, ұ) and the Kazakh cut of the extended one (ә ғ қ ң ө
  // ү һ; scripts/fonts.mjs).
  expect(loaded.some((range) => range.includes('U+400-45F'))).toBe(true)
  expect(loaded.some((range) => range.includes('U+49A-49B') && range.includes('U+4D8-4D9'))).toBe(true)
})
