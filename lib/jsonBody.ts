// A guard in front of Payload's REST and GraphQL routes for what Payload would otherwise take in
// whole or answer with a 500: JSON that does not parse, and JSON far larger than any document.

export const largestJSONBytes = 2 * 1024 * 1024

const refusal = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

type Handler<C> = (request: Request, context: C) => Promise<Response> | Response

export const refuseBadJSON =
  <C>(handler: Handler<C>): Handler<C> =>
  async (request, context) => {
    if (!(request.headers.get('content-type') ?? '').includes('application/json')) return handler(request, context)
    const tooLarge = `The request body is larger than ${largestJSONBytes / 1048576} MB; no document is that large.`
    if (Number(request.headers.get('content-length') ?? 0) > largestJSONBytes) return refusal(413, tooLarge)
    const text = await request.clone().text()
    if (text.length > largestJSONBytes) return refusal(413, tooLarge)
    if (text.trim()) {
      try {
        JSON.parse(text)
      } catch (error) {
        return refusal(400, `The request body is not valid JSON: ${(error as Error).message}`)
      }
    }
    return handler(request, context)
  }
