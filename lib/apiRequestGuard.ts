// A guard in front of Payload's REST and GraphQL routes for what Payload would otherwise take in
// whole, quietly reinterpret, or answer with a 500: JSON that does not parse, JSON far larger than
// any document, and a language the site does not have.
import { locales } from './locales'

export const largestJSONBytes = 2 * 1024 * 1024

const refusal = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

type Handler<C> = (request: Request, context: C) => Promise<Response> | Response

/**
 * A request's JSON body read with a size bound: the object itself, or the 4xx it deserves and why.
 * Shared by this guard and the portal's own routes.
 */
export const readJSONObject = async (
  request: Request,
  largest: number,
): Promise<{ body: Record<string, unknown> | null } | { status: 400 | 413; message: string }> => {
  const size = largest >= 1048576 ? `${largest / 1048576} MB` : `${largest / 1024} KB`
  const tooLarge = {
    status: 413 as const,
    message: `The request body is larger than ${size}; no document is that large.`,
  }
  if (Number(request.headers.get('content-length') ?? 0) > largest) return tooLarge
  const text = await request.text()
  if (text.length > largest) return tooLarge
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

/**
 * `numericIDs`: the database numbers its documents (SQLite), so `/api/films/1; DROP TABLE films`
 * is no document, not film 1 read leniently.
 */
export const guardAPIRequest =
  <C>(handler: Handler<C>, { numericIDs }: { numericIDs: boolean }): Handler<C> =>
  async (request, context) => {
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
    if (!(request.headers.get('content-type') ?? '').includes('application/json'))
      return handler(request, context)
    const read = await readJSONObject(request.clone(), largestJSONBytes)
    if ('status' in read) return refusal(read.status, read.message)
    return handler(request, context)
  }
