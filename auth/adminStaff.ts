import type { Payload } from 'payload'
import { isMinistry } from '../access/roles'
import { adminLanguageCookie, preferredLanguage } from '../lib/adminLanguage'
import { isLocale, type Locale } from '../lib/locales'
import { cms } from '../queries/payload'

type StaffRequest = {
  payload: Payload
  user: { id: number | string; language?: string | null }
  language: Locale
}

const cookie = (request: Request, name: string) =>
  (request.headers.get('cookie') ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name}=`))
    ?.slice(name.length + 1)

/**
 * A route under /admin for ministry staff: the admin's own session (Payload's cookie) decides, and
 * anyone else gets 401 (signed out) or 403 (signed in, not ministry). The language is the admin's.
 */
export const ministryStaffRequest = async (request: Request): Promise<StaffRequest | Response> => {
  const payload = await cms()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return new Response('Sign in to the admin first.', { status: 401 })
  if (!isMinistry(user)) return new Response('Only ministry staff may read this.', { status: 403 })
  const chosen = cookie(request, adminLanguageCookie)
  const own = (user as { language?: string | null }).language
  const language: Locale = isLocale(chosen)
    ? chosen
    : isLocale(own)
      ? own
      : (preferredLanguage(request.headers.get('accept-language')) ?? 'en')
  return { payload, user, language }
}
