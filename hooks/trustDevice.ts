import type { CollectionAfterLoginHook } from 'payload'
import { secureCookies } from '../config/env'
import { deviceCookieHeader, deviceCookieName, readCookie, rememberDevice } from '../lib/trustedDevice'

/**
 * A browser that signed in becomes known for the account (see throttleSignIn): the REST login that
 * /admin uses sends the device cookie with its answer; the portal sets it itself (auth/signIn.ts).
 */
export const trustDevice: CollectionAfterLoginHook = ({ req, user }) => {
  if (!req.headers) return user
  const cookie = rememberDevice(
    readCookie(req.headers.get('cookie'), deviceCookieName),
    String(user.email).toLowerCase(),
    req.payload.secret,
    new Date(),
  )
  req.responseHeaders ??= new Headers()
  req.responseHeaders.append('Set-Cookie', deviceCookieHeader(cookie, secureCookies))
  return user
}
