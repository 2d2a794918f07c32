// `npm start`: Next's production server behind a thin layer that alone writes where a request came
// from. Without trusted proxies (TRUSTED_PROXIES=0) X-Forwarded-For from the client is thrown away
// and replaced by the socket's address; with them, the socket's address is appended to theirs.
// lib/signInAddress.ts reads the header only when this layer is in front.
import http from 'node:http'
import next from 'next'
import { fillNotFound } from './notFoundPage.mjs'

const port = Number(process.env.PORT ?? 3000)
const hostname = process.env.HOST ?? 'localhost'
// config/env.ts checks the value when the app starts; a bad one stops the server there.
const trustedProxies = /^\d+$/.test(process.env.TRUSTED_PROXIES ?? '')
  ? Number(process.env.TRUSTED_PROXIES)
  : 0

globalThis[Symbol.for('film-diplomacy.clientAddressFromSocket')] = true

// Where this server reads its own prerendered 404 pages (scripts/notFoundPage.mjs).
const origin = `http://${['0.0.0.0', '::'].includes(hostname) ? 'localhost' : hostname}:${port}`

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
    // A public page's 404 reads without JavaScript: vercel/next.js#62228, see notFoundPage.mjs.
    fillNotFound(req, res, origin)
    void handle(req, res)
  })
  .listen(port, hostname, () => console.log(`▲ Serving on http://${hostname}:${port}`))
