import type { AfterErrorHook } from 'payload'

/**
 * `/api/films/abc` on SQLite, where IDs are numbers: the database driver refuses the query with a
 * RangeError, which Payload would answer as a 500. No document has such an ID, so it is a 404.
 */
export const notFoundForMalformedID: AfterErrorHook = ({ error }) => {
  const chain = [error, (error as { cause?: unknown }).cause].map((item) =>
    String((item as Error)?.message ?? item),
  )
  if (chain.some((message) => message.includes('Only finite numbers')))
    return { response: { errors: [{ message: 'Not Found' }] }, status: 404 }
}
