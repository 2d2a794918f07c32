import http from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
// Next's own compression middleware, as its router server puts it in front of every response
// (Next ships it without types).
// @ts-expect-error -- no declaration file
import compression from 'next/dist/compiled/compression'
import { fillNotFound, preferredLocale } from '../scripts/notFoundPage.mjs'

// The server layer of scripts/server.mjs in front of a handler that writes as Next's production
// server does (headers flushed, then chunks, behind its gzip middleware): Next's empty 404 document
// for notFound() (vercel/next.js#62228) and the prerendered 404 page it is filled in from. The full
// path through a real build is e2e/share.spec.ts.
const shell = (title: string) =>
  `<!DOCTYPE html><html id="__next_error__"><head><meta charSet="utf-8"/><title>${title}</title>` +
  `<meta name="robots" content="noindex"/><script src="/_next/static/chunks/main.js" async=""></script></head>` +
  `<body><script>self.__next_f.push([1,"404 flight"])</script></body></html>`
const prerendered = (locale: string) =>
  `<!DOCTYPE html><html lang="${locale}" class="font-sans"><head><meta charSet="utf-8"/>` +
  `<link rel="stylesheet" href="/_next/static/css/site.css" data-precedence="next"/><title>x</title></head>` +
  `<body class="bg-white"><header><a href="/ru/_not-found" hrefLang="ru">Русский</a></header><main><h1>404 in ${locale}</h1></main>` +
  `<script>self.__next_f.push([1,"page flight"])</script></body></html>`

const compress = compression()
let origin = ''
const server = http.createServer((req, res) => {
  fillNotFound(req, res, origin)
  compress(req as never, res as never, () => {
    const url = new URL(req.url ?? '/', 'http://x')
    const [, locale, rest] = url.pathname.split('/')
    const write = (status: number, body: string, cacheControl: string) => {
      res.statusCode = status
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.setHeader('cache-control', cacheControl)
      res.flushHeaders()
      // In pieces, as a stream is written.
      for (let at = 0; at < body.length; at += 50) res.write(body.slice(at, at + 50))
      res.end()
    }
    if (rest === '_not-found') return write(200, prerendered(locale), 's-maxage=31536000')
    if (url.pathname === '/en/plain-404')
      return write(404, '<html lang="en"><body>plain</body></html>', 'no-store')
    if (url.pathname === '/en/films') return write(200, shell('a page'), 's-maxage=3600')
    if (url.pathname.startsWith('/portal')) return write(404, shell('portal'), 'no-store')
    // proxy.ts answers an unknown prefix in the browser's language, like this.
    return write(404, shell('Not found'), 'private, no-cache, no-store, max-age=0, must-revalidate')
  })
})

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const get = (path: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    http
      .get(`${origin}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const raw = Buffer.concat(chunks)
          const body = res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: body.toString('utf8') })
        })
      })
      .on('error', reject)
  })

describe("a public page's 404 without JavaScript", () => {
  it("is Next's document filled in with the prerendered page of the address's language", async () => {
    for (const encoding of ['identity', 'gzip']) {
      const { status, headers, body } = await get('/kk/events/no-such-event', { 'accept-encoding': encoding })
      expect(status).toBe(404)
      expect(headers['cache-control']).toBe('private, no-cache, no-store, max-age=0, must-revalidate')
      expect(headers['content-encoding']).toBeUndefined()
      expect(Number(headers['content-length'])).toBe(Buffer.byteLength(body))
      expect(body).toContain('<html id="__next_error__" lang="kk" class="font-sans">')
      expect(body).toContain('<title>Not found</title>')
      expect(body).toContain(
        '<link rel="stylesheet" href="/_next/static/css/site.css" data-precedence="next"/></head>',
      )
      expect(body).toContain(
        '<body class="bg-white"><header><a href="/ru/events/no-such-event" hrefLang="ru">Русский</a></header><main><h1>404 in kk</h1></main>',
      )
      // Next's flight data and scripts stay; the page's own do not come along.
      expect(body).toContain('404 flight')
      expect(body).toContain('/_next/static/chunks/main.js')
      expect(body).not.toContain('page flight')
    }
  })

  it('takes the language the browser asks for under an unknown prefix, else English', async () => {
    expect((await get('/de/events', { 'accept-language': 'ru-RU,ru;q=0.9' })).body).toContain('lang="ru"')
    const english = (await get('/xx', { 'accept-language': 'de-DE' })).body
    expect(english).toContain('lang="en"')
    expect(english).toContain('<a href="/ru" hrefLang="ru">')
    expect(preferredLocale('de,kk;q=0.5,ru;q=0.8')).toBe('ru')
  })

  it('leaves every other answer as Next wrote it', async () => {
    const page = await get('/en/films', { 'accept-encoding': 'gzip' })
    expect(page.status).toBe(200)
    expect(page.headers['content-encoding']).toBe('gzip')
    expect(page.body).toBe(shell('a page'))
    expect((await get('/en/plain-404')).body).toBe('<html lang="en"><body>plain</body></html>')
    expect((await get('/portal/x')).body).toBe(shell('portal'))
  })
})
