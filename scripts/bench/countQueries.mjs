// Preloaded into the bench's server (node --import) when it counts database statements: answers
// GET /__bench/queries with the running total that config/sqliteClient.ts keeps under
// BENCH_COUNT_QUERIES=true. Never part of `npm start` on its own.
import http from 'node:http'

const counter = Symbol.for('film-diplomacy.benchQueries')
const createServer = http.createServer
http.createServer = (...args) => {
  const handler = args.findIndex((arg) => typeof arg === 'function')
  if (handler >= 0) {
    const handle = args[handler]
    args[handler] = (request, response) => {
      if (request.url !== '/__bench/queries') return handle(request, response)
      response.writeHead(200, { 'Content-Type': 'application/json' })
      response.end(JSON.stringify({ queries: globalThis[counter] ?? 0 }))
    }
  }
  return createServer.apply(http, args)
}
