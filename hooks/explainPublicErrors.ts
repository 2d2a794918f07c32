import type { AfterErrorHook } from 'payload'

type PublicError = {
  name?: string
  message: string
  status?: number
  isPublic?: boolean
  data?: Record<string, unknown>
}

/**
 * A refusal thrown to be read (`new APIError(message, 4xx, data, true)`: a delete refused while
 * others point at the document, a disabled account) answers with its message. Payload formats an
 * APIError by `instanceof` and then by the class's `name`; in the production bundle both failed and
 * the admin showed "An unknown error occurred." instead of the sentence written for it.
 */
export const explainPublicErrors: AfterErrorHook = ({ error, result }) => {
  const { data, isPublic, message, name, status } = error as PublicError
  if (!isPublic || !status || status >= 500 || !message) return
  // Field errors are explainFieldErrors' to shape.
  if ((data?.errors as unknown[] | undefined)?.length) return
  const already = (result as { errors?: { message?: string }[] } | undefined)?.errors?.[0]?.message
  if (already === message) return
  return { response: { errors: [{ name: name || 'APIError', message, ...(data ? { data } : {}) }] }, status }
}
