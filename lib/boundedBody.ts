// A request body read with a size bound: a client that claims, or streams, more than the bound is
// stopped there, so no route holds more of one request in memory than it will ever accept.

/** The body's bytes, or `null` when it is larger than `largest` (reading stops at the bound). */
export const readBodyUpTo = async (
  request: Request,
  largest: number,
): Promise<Uint8Array<ArrayBuffer> | null> => {
  const claimed = request.headers.get('content-length')
  if (claimed !== null && Number(claimed) > largest) {
    // Not awaited: cancelling one branch of a cloned body settles only when the other is cancelled too.
    void request.body?.cancel().catch(() => undefined)
    return null
  }
  if (!request.body) return new Uint8Array(0)
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > largest) {
      void reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

/** Describes a byte count the way the refusals do: "2 MB", "512 KB". */
export const describeBytes = (bytes: number) =>
  bytes >= 1048576 ? `${Math.round((bytes / 1048576) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`
