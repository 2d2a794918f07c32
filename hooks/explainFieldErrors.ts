import type { AfterErrorHook } from 'payload'

type FieldErrors = {
  name?: string
  message: string
  status?: number
  data?: { errors?: { path: string; message: string }[] }
}

/**
 * Every 4xx that names fields answers with those fields and messages ({ errors: [{ data: { errors:
 * [{ path, message }] } }] }), as the admin needs to mark each field. Payload's own formatting
 * recognises its errors with `instanceof`, which fails when the production bundle holds two copies
 * of the class, leaving only "The following field is invalid: …".
 */
export const explainFieldErrors: AfterErrorHook = ({ error }) => {
  const { data, message, name, status } = error as FieldErrors
  if (!status || status >= 500 || !data?.errors?.length) return
  return { response: { errors: [{ name: name ?? 'ValidationError', message, data }] }, status }
}
