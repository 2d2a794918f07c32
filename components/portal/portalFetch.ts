// The portal's calls to its own API, with every outcome a form needs to tell the user about.
export type FieldError = { path: string; message: string; label?: string }
export type PortalAnswer<T> =
  | { ok: true; body: T }
  | { ok: false; kind: 'invalid'; message: string; errors: FieldError[] }
  | { ok: false; kind: 'signed-out' | 'not-editable' | 'not-found' | 'offline' | 'server'; message: string }

export const portalFetch = async <T>(url: string, init: RequestInit): Promise<PortalAnswer<T>> => {
  let response: Response
  try {
    response = await fetch(url, {
      ...init,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        ...(init.body instanceof FormData ? {} : { 'Content-Type': 'application/json' }),
        ...init.headers,
      },
    })
  } catch {
    return { ok: false, kind: 'offline', message: 'offline' }
  }
  const body = await response.json().catch(() => ({}))
  if (response.ok) return { ok: true, body: body as T }
  if (response.status === 400)
    return { ok: false, kind: 'invalid', message: body.message ?? 'Invalid', errors: body.errors ?? [] }
  if (response.status === 401) return { ok: false, kind: 'signed-out', message: body.message ?? '' }
  if (response.status === 409) return { ok: false, kind: 'not-editable', message: body.message ?? '' }
  if (response.status === 404) return { ok: false, kind: 'not-found', message: body.message ?? '' }
  return { ok: false, kind: 'server', message: body.message ?? `HTTP ${response.status}` }
}
