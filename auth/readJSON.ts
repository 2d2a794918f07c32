import { APIError } from 'payload'

const largestForm = 512 * 1024

/** The request's JSON body, or a 400/413 that says what was wrong with it. */
export const readJSON = async <T>(request: Request): Promise<T> => {
  const text = await request.text()
  if (text.length > largestForm) throw new APIError(`The report is too large to save (over ${largestForm / 1024} KB of text).`, 413, undefined, true)
  try {
    const value = JSON.parse(text)
    if (!value || typeof value !== 'object') throw new Error('not an object')
    return value as T
  } catch {
    throw new APIError('The request body is not valid JSON.', 400, undefined, true)
  }
}
