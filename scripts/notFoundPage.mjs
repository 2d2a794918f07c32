// A 404 that reads without JavaScript. Next (16.x) answers a notFound() from a matched route with
// an empty document, <html id="__next_error__"> with no `lang` and no body, the not-found boundary
// living only in its flight data, which the browser's script draws: vercel/next.js#62228 (open),
// #98295. No config switch changes that. Until it is fixed, the server layer (scripts/server.mjs)
// puts into that document the body of the same 404 prerendered as a page of its own
// (app/(site)/[locale]/(pages)/%5Fnot-found/page.tsx), in the reader's language. The document keeps
// its id, its head and its scripts, so with JavaScript Next still draws the page from its own flight
// data (it renders an `__next_error__` document from scratch, without hydrating, so the HTML put in
// cannot mismatch), at the address the reader asked for.
import zlib from 'node:zlib'

const locales = ['kk', 'ru', 'en']
const defaultLocale = 'en'

/** Addresses of the public site: the admin, the portal, the API and Next's files are not concerned. */
const notConcerned = /^\/(admin|portal|api|_next)(\/|$)/

/** The first of our languages the browser asks for (as lib/preferredLocale.ts, for proxy.ts). */
export const preferredLocale = (acceptLanguage) =>
  (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, q] = part.trim().split(';q=')
      return { language: tag.toLowerCase().split('-')[0], weight: q === undefined ? 1 : Number(q) }
    })
    .filter((entry) => entry.language && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .map((entry) => entry.language)
    .find((language) => locales.includes(language)) ?? defaultLocale

/**
 * The language of a 404 (the address's, else the one proxy.ts chose for an unknown prefix) and the
 * rest of its address, which the language links keep (none under an unknown prefix: its home).
 */
const addressOf = (req) => {
  const pathname = new URL(req.url ?? '/', 'http://x').pathname
  const prefix = pathname.split('/')[1]
  return locales.includes(prefix)
    ? { locale: prefix, rest: pathname.slice(prefix.length + 1) }
    : { locale: preferredLocale(req.headers['accept-language']), rest: '' }
}

/**
 * The prerendered 404 of each language, read once from this server and kept in memory (a new build
 * is served by a new process, which reads it again). A failed read is not kept.
 */
const pages = new Map()
const prerendered = (origin, locale) => {
  if (!pages.has(locale)) {
    const page = fetch(`${origin}/${locale}/_not-found`, { headers: { 'accept-encoding': 'identity' } })
      .then(async (response) => {
        if (!response.ok) throw new Error(`${response.status}`)
        return response.text()
      })
      .catch((error) => {
        pages.delete(locale)
        console.error(`The ${locale} 404 page could not be read:`, error)
        return undefined
      })
    pages.set(locale, page)
  }
  return pages.get(locale)
}

const decode = (body, encoding) => {
  if (encoding === 'gzip') return zlib.gunzipSync(body)
  if (encoding === 'br') return zlib.brotliDecompressSync(body)
  if (encoding === 'deflate') return zlib.inflateSync(body)
  return body
}

/**
 * Next's empty 404 document with the prerendered page's language, styles and body put in; its own
 * head (title, noindex) and scripts kept. Undefined when either is not what is expected.
 */
export const filledIn = (shell, page, rest = '') => {
  const htmlTag = /<html\b([^>]*)>/
  const pageHtml = page.match(htmlTag)
  const pageBody = page.match(/<body\b([^>]*)>([\s\S]*)<\/body>/)
  const pageHead = page.match(/<head\b[^>]*>([\s\S]*?)<\/head>/)
  if (!pageHtml || !pageBody || !pageHead || !/<body\b[^>]*>/.test(shell)) return undefined
  const pageAttributes = pageHtml[1].replace(/\s(id|lang)="[^"]*"/g, '')
  const lang = pageHtml[1].match(/\slang="[^"]*"/)?.[0] ?? ''
  const styles = (pageHead[1].match(/<link\b[^>]*rel="stylesheet"[^>]*>/g) ?? []).filter(
    (link) => !shell.includes(link),
  )
  // Only the markup: the page's scripts carry its own flight data, which would fight the shell's.
  // The language links point at the address asked for, not at the page the markup came from.
  const markup = pageBody[2]
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(
      /href="\/(kk|ru|en)\/_not-found"/g,
      (_, locale) => `href="/${locale}${rest.replaceAll('&', '&amp;')}"`,
    )
  return shell
    .replace(
      htmlTag,
      (_, attributes) => `<html${attributes.replace(/\slang="[^"]*"/, '')}${lang}${pageAttributes}>`,
    )
    .replace('</head>', `${styles.join('')}</head>`)
    .replace(/<body\b[^>]*>/, `<body${pageBody[1]}>${markup}`)
}

/**
 * Wraps a response so that a public page's 404 HTML is held back until it is complete (every other
 * response streams as Next writes it) and, when it is Next's empty document, answered filled in.
 * The status and Next's headers (Cache-Control included) are kept.
 */
export const fillNotFound = (req, res, origin) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname
  if (req.method !== 'GET' || notConcerned.test(path)) return
  const own = {
    writeHead: res.writeHead,
    write: res.write,
    end: res.end,
    flushHeaders: res.flushHeaders,
  }
  let mode // 'pass' or 'hold', decided when Next first writes
  const chunks = []
  const decide = () => {
    if (!mode) {
      const html = String(res.getHeader('content-type') ?? '').startsWith('text/html')
      mode = res.statusCode === 404 && html ? 'hold' : 'pass'
    }
    return mode
  }
  const keep = (chunk, encoding) => {
    if (chunk != null && typeof chunk !== 'function')
      chunks.push(
        Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'),
      )
  }
  res.writeHead = function (status, ...rest) {
    if (mode === 'pass') return own.writeHead.call(this, status, ...rest)
    this.statusCode = status
    const headers = rest.find((arg) => arg && typeof arg === 'object' && !Array.isArray(arg))
    for (const [name, value] of Object.entries(headers ?? {})) this.setHeader(name, value)
    if (decide() === 'pass') return own.writeHead.call(this, status, ...rest)
    return this
  }
  res.flushHeaders = function () {
    if (decide() === 'pass') return own.flushHeaders.call(this)
  }
  res.write = function (chunk, encoding, callback) {
    if (decide() === 'pass') return own.write.call(this, chunk, encoding, callback)
    keep(chunk, encoding)
    if (typeof encoding === 'function') encoding()
    else if (typeof callback === 'function') callback()
    return true
  }
  res.end = function (chunk, encoding, callback) {
    if (decide() === 'pass') return own.end.call(this, chunk, encoding, callback)
    keep(chunk, encoding)
    const done = [chunk, encoding, callback].find((arg) => typeof arg === 'function')
    mode = 'pass'
    void answer(Buffer.concat(chunks)).then((body) => own.end.call(this, body, done))
    return this
  }
  const answer = async (body) => {
    try {
      const encoding = String(res.getHeader('content-encoding') ?? '')
      const shell = decode(body, encoding).toString('utf8')
      if (!shell.includes('id="__next_error__"')) return body
      const { locale, rest } = addressOf(req)
      const page = await prerendered(origin, locale)
      const filled = page && filledIn(shell, page, rest)
      if (!filled) return body
      res.removeHeader('content-encoding')
      const out = Buffer.from(filled, 'utf8')
      res.setHeader('content-length', out.length)
      return out
    } catch (error) {
      console.error('The 404 page could not be filled in:', error)
      return body
    }
  }
}
