// A guard in front of Payload's REST and GraphQL routes for what Payload would otherwise take in
// whole, quietly reinterpret, or answer with a 500: JSON that does not parse, bodies far larger
// than any document or image, a language the site does not have, and queries that would make one
// request stall everyone else (see lib/requestBounds.ts and lib/graphqlDocumentBounds.ts).
import { parse as parseQueryString } from 'qs-esm'
import { maxUploadBytes } from '../hooks/limitUploadSize'
import { headersInAdminLanguage } from './adminLanguage'
import { describeBytes, readBodyUpTo } from './boundedBody'
import { graphQLDocumentProblem, graphQLVariablesProblem } from './graphqlDocumentBounds'
import { locales } from './locales'
import { largestFilterList, largestPage, pageProblem, whereProblem } from './requestBounds'

export const largestJSONBytes = 2 * 1024 * 1024
/** A multipart upload: the image and its few text fields. */
export const largestFormBytes = maxUploadBytes + 1024 * 1024

const refusal = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

type Handler<C> = (request: Request, context: C) => Promise<Response> | Response

/**
 * Payload answers REST and GraphQL in the language of its `payload-lng` cookie, else of
 * Accept-Language among the languages it ships (no Kazakh): hand it the browser's language as the
 * cookie, as proxy.ts does for the admin's pages. The body is passed on as a stream, never read.
 */
const inAdminLanguage = (request: Request): Request => {
  const headers = headersInAdminLanguage(request.headers)
  return headers ? new Request(request, { headers, duplex: 'half' } as RequestInit) : request
}

/**
 * A request's JSON body read with a size bound: the object itself, or the 4xx it deserves and why.
 * Shared by this guard and the portal's own routes.
 */
export const readJSONObject = async (
  request: Request,
  largest: number,
): Promise<{ body: Record<string, unknown> | null } | { status: 400 | 413; message: string }> => {
  const bytes = await readBodyUpTo(request, largest)
  if (!bytes)
    return {
      status: 413,
      message: `The request body is larger than ${describeBytes(largest)}; no document is that large.`,
    }
  const text = new TextDecoder().decode(bytes)
  if (!text.trim()) return { body: null }
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch (error) {
    return { status: 400, message: `The request body is not valid JSON: ${(error as Error).message}` }
  }
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return { status: 400, message: 'The request body must be a JSON object: { "field": value, … }.' }
  return { body: body as Record<string, unknown> }
}

const knownLocale = (value: string) => value === 'all' || (locales as readonly string[]).includes(value)

/** Why the query string asks more of the server than one request may, or null. Parsed as Payload does. */
const queryStringProblem = (search: string, method: string): string | null => {
  const query = parseQueryString(search, {
    allowEmptyArrays: true,
    arrayLimit: 1000,
    depth: 10,
    ignoreQueryPrefix: true,
  }) as Record<string, unknown>
  if (method === 'GET' && query.pagination === 'false')
    return `“pagination=false” would return every document; ask for pages of at most ${largestPage}.`
  return pageProblem(query) ?? whereProblem(query.where)
}

/** Payload reads `limit=0` as "every document"; a read gets the largest page instead. */
const withLargestPage = (request: Request): Request => {
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.searchParams.get('limit') !== '0') return request
  url.searchParams.set('limit', String(largestPage))
  return new Request(url, request)
}

/**
 * graphql-http answers a query refused before it ran (by the depth or cost rule) with 200 and
 * `{ errors }` unless the client asks for the newer media type; it is the client's mistake: a 400.
 * Where graphql is loaded twice (the test runner) it sends the errors as a bare array: the same.
 */
const refusedQueryAsBadRequest = async (response: Response): Promise<Response> => {
  if (response.status !== 200) return response
  const text = await response.text()
  const answer = (body: string, status: number) =>
    new Response(body, {
      status,
      statusText: status === 400 ? 'Bad Request' : 'OK',
      headers: response.headers,
    })
  if (!text.startsWith('{"errors"') && !text.startsWith('[')) return answer(text, 200)
  try {
    const body = JSON.parse(text) as unknown
    if (Array.isArray(body)) return answer(JSON.stringify({ errors: body }), 400)
    return answer(text, body && typeof body === 'object' && 'data' in body ? 200 : 400)
  } catch {
    return answer(text, 200)
  }
}

/**
 * `numericIDs`: the database numbers its documents (SQLite), so `/api/films/1; DROP TABLE films`
 * is no document, not film 1 read leniently.
 */
export const guardAPIRequest =
  <C>(handler: Handler<C>, { numericIDs }: { numericIDs: boolean }): Handler<C> =>
  async (asked, context) => {
    const request = inAdminLanguage(asked)
    const url = new URL(request.url)
    const params = url.searchParams
    const [, api, , id] = url.pathname.split('/')
    if (
      numericIDs &&
      api === 'api' &&
      id &&
      /^\d/.test(decodeURIComponent(id)) &&
      !/^\d+$/.test(decodeURIComponent(id))
    )
      return refusal(404, 'Not Found')
    for (const name of ['locale', 'fallback-locale', 'fallbackLocale']) {
      const value = params.get(name)
      if (
        value !== null &&
        !knownLocale(value) &&
        !(name !== 'locale' && ['none', 'null', 'false'].includes(value))
      )
        return refusal(
          400,
          `Unknown ${name} “${value}”: use one of ${locales.join(', ')}${name === 'locale' ? ' or all' : ''}.`,
        )
    }
    const tooMuch = queryStringProblem(url.search, request.method)
    if (tooMuch) return refusal(400, tooMuch)
    if (['GET', 'HEAD', 'OPTIONS'].includes(request.method)) return handler(withLargestPage(request), context)
    // Payload reads a POST marked as a GET (as its admin's relationship fields send) as a query.
    const readsAsQuery = [
      request.headers.get('x-payload-http-method-override'),
      request.headers.get('x-http-method-override'),
    ].includes('GET')
    if (!/application\/json/i.test(request.headers.get('content-type') ?? '')) {
      // Uploads and anything else: never more than an image and its fields, counted as it streams.
      const bytes = await readBodyUpTo(request.clone(), largestFormBytes)
      if (!bytes)
        return refusal(
          413,
          `The request body is larger than ${describeBytes(largestFormBytes)}; images may be at most ${describeBytes(maxUploadBytes)}.`,
        )
      const queryProblem = readsAsQuery && queryStringProblem(new TextDecoder().decode(bytes), 'GET')
      if (queryProblem) return refusal(400, queryProblem)
      return handler(request, context)
    }
    const read = await readJSONObject(request.clone(), largestJSONBytes)
    if ('status' in read) return refusal(read.status, read.message)
    const queryProblem =
      readsAsQuery && read.body && (pageProblem(read.body) ?? whereProblem(read.body.where))
    if (queryProblem) return refusal(400, queryProblem)
    if (url.pathname.endsWith('/graphql') && read.body) {
      const problem =
        graphQLDocumentProblem(read.body.query) ??
        graphQLVariablesProblem(read.body.variables, largestFilterList)
      if (problem) return refusal(400, problem)
      return refusedQueryAsBadRequest(await handler(request, context))
    }
    return handler(request, context)
  }
