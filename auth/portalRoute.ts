import type { Payload } from 'payload'
import { i18nIn, type SpeakingRequest } from '../i18n/ruleMessage'
import { serverURL } from '../config/env'
import { isLocale, type Locale } from '../lib/locales'
import { cms } from '../queries/payload'
import { portalAccess, type PortalUser } from './portalAccess'
import type { Embassy } from '../payload-types'

export type PortalContext = {
  request: Request
  payload: Payload
  user: PortalUser
  embassy: Embassy
  locale: Locale
  /**
   * The form's language for Payload's messages: pass `req: { ...formLanguage }` to the Local API
   * (a copy each time: Payload fills in the object it is given), so rules answer in that language.
   */
  formLanguage: SpeakingRequest
}

const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store' } })

/** A write must come from the portal's own pages: the browser says where it came from. */
const fromOurPages = (request: Request): boolean => {
  if (['GET', 'HEAD', 'OPTIONS'].includes(request.method)) return true
  const origin = request.headers.get('origin')
  if (!origin) return request.headers.get('sec-fetch-site') === 'same-origin'
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  try {
    const { host: originHost } = new URL(origin)
    return originHost === host || origin === new URL(serverURL).origin
  } catch {
    return false
  }
}

/** Payload's errors as the portal's answers: field errors named, someone else's report simply not found. */
const answerFor = (error: unknown, payload: Payload): Response => {
  const { status, message, data } = error as {
    status?: number
    message?: string
    data?: { errors?: { path: string; message: string; label?: unknown }[] }
  }
  if (status === 400 && data?.errors)
    return json(
      {
        error: 'invalid',
        message,
        errors: data.errors.map(({ path, message, label }) => ({
          path,
          message,
          ...(typeof label === 'string' ? { label } : {}),
        })),
      },
      400,
    )
  if (status === 400) return json({ error: 'invalid', message }, 400)
  if (status === 403 || status === 404) return json({ error: 'not-found', message: 'No such report.' }, 404)
  if (status === 413) return json({ error: 'too-large', message }, 413)
  if (status === 507) return json({ error: 'storage', message }, 507)
  payload.logger.error({ err: error }, 'Portal request failed')
  return json(
    { error: 'server', message: 'Something went wrong on our side; your changes are kept on this device.' },
    500,
  )
}

/**
 * Every portal API call: from our own pages, by a signed-in embassy user whose session is still
 * open; then the handler acts through the Local API as that user, and Payload's access rules decide.
 */
export const portalRoute =
  <P>(handler: (context: PortalContext, params: P) => Promise<Response>) =>
  async (request: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    if (!fromOurPages(request))
      return json({ error: 'cross-site', message: 'This request did not come from the portal.' }, 403)
    const access = await portalAccess()
    if (access.state === 'signed-out' || access.state === 'ended')
      return json({ error: 'signed-out', message: 'Your session has ended. Sign in again.' }, 401)
    if (access.state !== 'embassy')
      return json(
        { error: 'forbidden', message: 'The portal is for embassy staff linked to an embassy.' },
        403,
      )
    const payload = await cms()
    const asked = new URL(request.url).searchParams.get('locale')
    const locale: Locale = isLocale(asked)
      ? asked
      : isLocale(access.user.language)
        ? access.user.language
        : 'en'
    try {
      const i18n = await i18nIn(payload, locale)
      const formLanguage = { i18n, t: i18n.t } as SpeakingRequest
      return await handler(
        { request, payload, user: access.user, embassy: access.embassy, locale, formLanguage },
        await params,
      )
    } catch (error) {
      return answerFor(error, payload)
    }
  }

export { json }
