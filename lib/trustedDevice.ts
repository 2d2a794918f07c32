// The "device cookie" of OWASP's guidance on brute force: a browser where an account signed in
// successfully carries a signed token for it, and its attempts are counted apart from strangers'.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export const deviceCookieName = 'film-diplomacy-device'

/** How long a browser stays known after its last successful sign-in. */
export const deviceLifetimeSeconds = 180 * 24 * 60 * 60

/** Accounts one browser remembers (a shared office computer). */
const accountsPerBrowser = 3

type Entry = { email: string; issuedAt: number; id: string; raw: string }

const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64url')

const signature = (secret: string, email: string, issuedAt: number, id: string) =>
  createHmac('sha256', secret).update(`device|${email}|${issuedAt}|${id}`).digest('base64url')

const sameText = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

/** The entries of a cookie that are signed by us and not expired; anything else is dropped. */
const validEntries = (cookie: string | undefined, secret: string, now: Date): Entry[] =>
  String(cookie ?? '')
    .split('~')
    .slice(0, accountsPerBrowser)
    .flatMap((raw) => {
      const [email64, issued36, id, signed] = raw.split('.')
      if (!email64 || !issued36 || !id || !signed) return []
      const email = Buffer.from(email64, 'base64url').toString('utf8')
      const issuedAt = parseInt(issued36, 36)
      if (!Number.isFinite(issuedAt) || now.getTime() / 1000 - issuedAt > deviceLifetimeSeconds) return []
      return sameText(signed, signature(secret, email, issuedAt, id)) ? [{ email, issuedAt, id, raw }] : []
    })

/** The device ID this cookie proves for the account, or null: a stranger's browser. */
export const trustedDeviceOf = (cookie: string | undefined, email: string, secret: string, now: Date) =>
  validEntries(cookie, secret, now).find((entry) => entry.email === email)?.id ?? null

/** The cookie after a successful sign-in: a fresh entry for this account, first, beside the others. */
export const rememberDevice = (cookie: string | undefined, email: string, secret: string, now: Date) => {
  const issuedAt = Math.floor(now.getTime() / 1000)
  const id = randomBytes(12).toString('base64url')
  const fresh = `${encode(email)}.${issuedAt.toString(36)}.${id}.${signature(secret, email, issuedAt, id)}`
  const others = validEntries(cookie, secret, now).filter((entry) => entry.email !== email)
  return [fresh, ...others.map((entry) => entry.raw)].slice(0, accountsPerBrowser).join('~')
}

/** One cookie's value from a Cookie header. */
export const readCookie = (header: string | null | undefined, name: string) =>
  String(header ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name}=`))
    ?.slice(name.length + 1)

export const deviceCookieOptions = (secure: boolean) => ({
  httpOnly: true,
  sameSite: 'lax' as const,
  secure,
  path: '/',
  maxAge: deviceLifetimeSeconds,
})

/** The Set-Cookie header for the REST login (the portal sets it through Next's cookie store). */
export const deviceCookieHeader = (value: string, secure: boolean) =>
  `${deviceCookieName}=${value}; Path=/; Max-Age=${deviceLifetimeSeconds}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`
