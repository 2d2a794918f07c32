// `npm start`: Next's production server behind a thin layer that alone writes where a request came
// from. Without trusted proxies (TRUSTED_PROXIES=0) X-Forwarded-For from the client is thrown away
// and replaced by the socket's address; with them, the socket's address is appended to theirs.
// lib/signInAddress.ts reads the header only when this layer is in front.
import http from 'node:http'
import compression from 'compression'
import next from 'next'

const port = Number(process.env.PORT ?? 3000)
const hostname = process.env.HOST ?? 'localhost'
// config/env.ts checks the value when the app starts; a bad one stops the server there.
const trustedProxies = /^\d+$/.test(process.env.TRUSTED_PROXIES ?? '')
  ? Number(process.env.TRUSTED_PROXIES)
  : 0

globalThis[Symbol.for('film-diplomacy.clientAddressFromSocket')] = true

// Next compresses the pages it renders but not what route handlers answer: the home page's map
// (120 KB of SVG, 42 KB gzipped), the site map, the feeds and the calendars went out raw. Those
// addresses are compressed here, by the same middleware Next uses for its pages; a response that
// already says how it is encoded is left alone, so nothing is compressed twice.
const routeHandlerAnswer =
  /^\/(map\.svg|sitemap\.xml|events\.ics)(\?|$)|^\/(kk|ru|en)\/feed\.xml(\?|$)|\.ics(\?|$)/
const compressRouteHandlers = compression({
  filter: (req, res) => routeHandlerAnswer.test(req.url ?? '') && compression.filter(req, res),
})

const app = next({ dev: false, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

http
  .createServer((req, res) => {
    const forwarded = trustedProxies > 0 ? String(req.headers['x-forwarded-for'] ?? '').split(',') : []
    const socket = (req.socket.remoteAddress ?? 'unknown').replace(/^::ffff:/, '')
    req.headers['x-forwarded-for'] = [...forwarded.map((hop) => hop.trim()).filter(Boolean), socket].join(
      ', ',
    )
    compressRouteHandlers(req, res, () => void handle(req, res))
  })
  .listen(port, hostname, () => console.log(`▲ Serving on http://${hostname}:${port}`))
