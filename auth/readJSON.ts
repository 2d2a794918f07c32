import { APIError } from 'payload'
import { readJSONObject } from '../lib/apiRequestGuard'

const largestForm = 512 * 1024

/** The request's JSON body, or a 400/413 that says what was wrong with it. */
export const readJSON = async <T>(request: Request): Promise<T> => {
  const read = await readJSONObject(request, largestForm)
  if ('status' in read)
    throw new APIError(
      read.status === 413
        ? `The report is too large to save (over ${largestForm / 1024} KB of text).`
        : read.message,
      read.status,
      undefined,
      true,
    )
  if (!read.body)
    throw new APIError('The request body is empty; send the form as JSON.', 400, undefined, true)
  return read.body as T
}
