import type { CollectionAfterChangeHook, CollectionAfterLoginHook, CollectionAfterLogoutHook } from 'payload'
import { secureCookies } from '../config/env'
import { adminLanguageCookieHeader, forgetAdminLanguageHeader } from '../lib/adminLanguage'
import { sameID } from '../lib/extractID'
import { isLocale } from '../lib/locales'

/**
 * The admin speaks each user's working language (the `language` field the portal and the mails
 * use). Payload picks the admin language per request from its `payload-lng` cookie before it knows
 * who is signed in, so the cookie is set where the user becomes known: the REST sign-in the admin
 * form posts to, and a save of the user's own account. Responses carry `req.responseHeaders`.
 */
const sendAdminLanguage = (req: Parameters<CollectionAfterLoginHook>[0]['req'], language: unknown) => {
  if (!isLocale(language)) return
  req.responseHeaders ??= new Headers()
  req.responseHeaders.append('Set-Cookie', adminLanguageCookieHeader(language, secureCookies))
}

export const adminLanguageOnSignIn: CollectionAfterLoginHook = ({ req, user }) => {
  sendAdminLanguage(req, user.language)
  return user
}

export const adminLanguageOnOwnChange: CollectionAfterChangeHook = ({ doc, previousDoc, req }) => {
  if (sameID(req.user, doc) && doc.language !== previousDoc?.language) sendAdminLanguage(req, doc.language)
  return doc
}

/** Signed out, the browser's own languages choose again (the next person may read another). */
export const forgetAdminLanguageOnSignOut: CollectionAfterLogoutHook = ({ req }) => {
  req.responseHeaders ??= new Headers()
  req.responseHeaders.append('Set-Cookie', forgetAdminLanguageHeader(secureCookies))
}
