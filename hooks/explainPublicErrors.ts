import type { AfterErrorHook } from 'payload'

type PublicError = {
  name?: string
  message: string
  status?: number
  isPublic?: boolean
  data?: Record<string, unknown>
}

/**
 * A refusal thrown to be read (`new APIError(message, status, data, true)`: a delete refused while
 * others point at the document, a disabled account, a full image store's 507) answers with its
 * message. A 500 stays Payload's "Something went wrong": it may carry anything. Payload formats an
 * APIError by `instanceof` and then by the class's `name`; in the production bundle both failed and
 * the admin showed "An unknown error occurred." instead of the sentence written for it.
 */
export const explainPublicErrors: AfterErrorHook = ({ error, result }) => {
  const { data, isPublic, message, name, status } = error as PublicError
  if (isPublic !== true || !status || status === 500 || !message) return
  // Field errors are explainFieldErrors' to shape.
  if ((data?.errors as unknown[] | undefined)?.length) return
  // Payload's own answer when it did recognise the error: kept (with its data, if it had any).
  const answered = (result as { errors?: { message?: string; data?: unknown }[] } | undefined)?.errors?.[0]
  if (answered?.message === message && (answered.data !== undefined || data === undefined)) return
  return { response: { errors: [{ name: name || 'APIError', message, ...(data ? { data } : {}) }] }, status }
}
