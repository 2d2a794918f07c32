import { cookies } from 'next/headers'
import type { Payload } from 'payload'
import { secureCookies } from '../config/env'
import { signInAddress } from '../lib/signInAddress'
import { deviceCookieName, deviceCookieOptions, readCookie, rememberDevice } from '../lib/trustedDevice'
import { writeAudit } from '../lib/audit'
import { cms } from '../queries/payload'
import { openSession, sessionOfToken } from './payloadSessions'
import type { SignInProblem } from '../lib/signInProblem'
import { PortalSignInRefused } from './signInProblems'

type PortalIdentity = {
  id: string
  email: string
  name: string
  role: string
  embassy: string | null
  sid: string
}

const identity = (user: Record<string, unknown>, sid: string): PortalIdentity => ({
  id: String(user.id),
  email: String(user.email),
  name: String(user.name ?? user.email),
  role: String(user.role),
  embassy:
    user.embassy === null || user.embassy === undefined
      ? null
      : String(typeof user.embassy === 'object' ? (user.embassy as { id: unknown }).id : user.embassy),
  sid,
})

/** This browser becomes known for the account (see hooks/throttleSignIn). */
const trustThisBrowser = async (payload: Payload, previous: string | undefined, email: string) => {
  ;(await cookies()).set(
    deviceCookieName,
    rememberDevice(previous, email, payload.secret, new Date()),
    deviceCookieOptions(secureCookies),
  )
}

const refuseSignIn = (problem: SignInProblem, seconds?: number): never => {
  throw new PortalSignInRefused(problem, seconds)
}

/**
 * The portal's password sign-in is Payload's own login: Payload checks the hash; our users hooks
 * throttle and write the audit log. Only the answer's wording is the portal's: the same for an
 * unknown email and a wrong password.
 */
export const signInWithPassword = async (
  email: string,
  password: string,
  headers: Headers,
): Promise<PortalIdentity> => {
  const payload = await cms()
  const address = signInAddress(headers)
  const normalised = email.trim().toLowerCase()
  const deviceCookie = readCookie(headers.get('cookie'), deviceCookieName)
  try {
    const result = await payload.login({
      collection: 'users',
      data: { email: normalised, password },
      context: { signInAddress: address, deviceCookie, signInVia: 'the embassy portal' },
    })
    const sid = sessionOfToken(result.token)
    if (!sid) throw new Error('Payload returned no session for this sign-in.')
    await trustThisBrowser(payload, deviceCookie, normalised)
    return identity(result.user as unknown as Record<string, unknown>, sid)
  } catch (error) {
    const { status, data, name } = error as {
      status?: number
      name?: string
      data?: { retryAfterSeconds?: number; reason?: string }
    }
    if (status === 429) refuseSignIn('throttled', data?.retryAfterSeconds)
    if (data?.reason === 'disabled') refuseSignIn('disabled')
    if (status === 401 || name === 'AuthenticationError' || status === 400) refuseSignIn('invalid')
    throw error
  }
}

/** Single sign-on: the identity provider vouched for the email; the account must exist and be enabled. */
export const signInWithSignOn = async (
  email: string | null | undefined,
  verified: boolean,
): Promise<{ user: PortalIdentity } | { refused: SignInProblem }> => {
  const payload = await cms()
  if (!email || !verified) return { refused: 'unknown-account' }
  const normalised = email.trim().toLowerCase()
  const user = await payload.db.findOne<{ id: number | string } & Record<string, unknown>>({
    collection: 'users',
    where: { email: { equals: normalised } },
  })
  if (!user) {
    await writeAudit(payload, {
      action: 'sign_in_failed',
      email: normalised,
      summary: 'Single sign-on: no account with this email',
    })
    return { refused: 'unknown-account' }
  }
  if (user.disabled) return { refused: 'disabled' }
  const sid = await openSession(payload, user.id as number | string)
  await writeAudit(payload, {
    action: 'sign_in',
    user: user.id as number,
    email: normalised,
    summary: 'Signed in via single sign-on',
  })
  return { user: identity(user, sid) }
}
