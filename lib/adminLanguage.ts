import { isLocale, type Locale } from './locales'

/**
 * The cookie Payload reads the admin language from, before Accept-Language (getRequestLanguage in
 * payload/dist/utilities). The config sets no cookiePrefix, so it is Payload's default name.
 */
export const adminLanguageCookie = 'payload-lng'

// A year, as Payload's own language switcher keeps it.
const cookieLifetimeSeconds = 60 * 60 * 24 * 365

/**
 * The reader's first content language in an Accept-Language header: ranges by weight, then in the
 * order sent (RFC 9110 §12.5.4); a regional tag counts as its language (kk-KZ is kk). Payload's own
 * parser only knows the languages it ships, so it never answers Kazakh.
 */
export function preferredLanguage(acceptLanguage: string | null | undefined): Locale | undefined {
  return String(acceptLanguage ?? '')
    .split(',')
    .map((part, order) => {
      const [range = '', ...params] = part.split(';').map((piece) => piece.trim())
      const weight = params.find((param) => param.startsWith('q='))
      return {
        language: range.toLowerCase().split('-')[0],
        weight: weight ? Number(weight.slice(2)) : 1,
        order,
      }
    })
    .filter(({ weight }) => weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map(({ language }) => language)
    .find(isLocale)
}

/**
 * The request's headers with the browser's language handed to Payload as its cookie, when the
 * request has no admin language yet and asks for one of ours; otherwise undefined (nothing to do).
 */
export function headersInAdminLanguage(requestHeaders: Headers): Headers | undefined {
  const cookies = requestHeaders.get('cookie')
  const language = preferredLanguage(requestHeaders.get('accept-language'))
  if (!language || readsCookie(cookies, adminLanguageCookie)) return undefined
  const headers = new Headers(requestHeaders)
  headers.set('cookie', `${cookies ? `${cookies}; ` : ''}${adminLanguageCookie}=${language}`)
  return headers
}

const readsCookie = (header: string | null, name: string) =>
  (header ?? '').split(';').some((part) => part.trim().startsWith(`${name}=`))

/** A Set-Cookie value that makes `language` the admin's language in this browser. */
export const adminLanguageCookieHeader = (language: Locale, secure: boolean) =>
  `${adminLanguageCookie}=${language}; Path=/; Max-Age=${cookieLifetimeSeconds}; SameSite=Lax${secure ? '; Secure' : ''}`

/** A Set-Cookie value that forgets the admin language, so the sign-in page follows the browser. */
export const forgetAdminLanguageHeader = (secure: boolean) =>
  `${adminLanguageCookie}=; Path=/; Max-Age=0; SameSite=Lax${secure ? '; Secure' : ''}`
