import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { cache } from 'react'
import type { Embassy, User } from '../payload-types'
import { hasRole, isMinistry } from '../access/roles'
import { isLocale, type Locale } from '../lib/locales'
import { preferredLocale } from '../lib/preferredLocale'
import { cms } from '../queries/payload'
import { auth, type PortalToken } from './index'
import { isOpen } from './payloadSessions'

/** The user as the Local API wants it: `collection` tells Payload which auth collection it is. */
export type PortalUser = User & { collection: 'users' }

export type PortalAccess =
  | { state: 'signed-out' }
  | { state: 'ended' }
  | { state: 'disabled' }
  | { state: 'ministry'; user: PortalUser }
  | { state: 'no-embassy'; user: PortalUser }
  | { state: 'embassy'; user: PortalUser; embassy: Embassy }

/**
 * Who is asking, checked against the database on every request, not only the cookie: the Payload
 * session it rides on must still be open and the account enabled, so signing out elsewhere, a
 * password change or disabling the account take effect at once.
 */
export const portalAccess = cache(async (): Promise<PortalAccess> => {
  const session = await auth()
  const token = session?.user as unknown as (Partial<PortalToken> & { id?: string }) | undefined
  if (!token?.id) return { state: 'signed-out' }
  const payload = await cms()
  // Identity, not authorization: the account itself, hidden session list included.
  const user = await payload.db.findOne<User & { sessions?: { id: string; expiresAt: string }[] }>({
    collection: 'users',
    where: { id: { equals: token.id } },
  })
  if (!user) return { state: 'ended' }
  if (!isOpen(user.sessions, token.sid)) return { state: 'ended' }
  if (user.disabled) return { state: 'disabled' }
  const portalUser = { ...user, collection: 'users' } as PortalUser
  if (isMinistry(portalUser)) return { state: 'ministry', user: portalUser }
  if (!hasRole(portalUser, 'embassy') || !user.embassy) return { state: 'no-embassy', user: portalUser }
  const embassy = await payload.findByID({
    collection: 'embassies',
    id: typeof user.embassy === 'object' ? user.embassy.id : user.embassy,
    depth: 0,
    locale: isLocale(user.language) ? user.language : undefined,
    user: portalUser,
    overrideAccess: false,
  })
  return { state: 'embassy', user: portalUser, embassy }
})

/** For pages: the embassy user, or off to where they belong (sign-in, or the no-access page). */
export const requireEmbassyStaff = async (returnTo: string) => {
  const access = await portalAccess()
  if (access.state === 'embassy') return access
  if (access.state === 'signed-out' || access.state === 'ended')
    redirect(
      `/portal/sign-in?callbackUrl=${encodeURIComponent(returnTo)}${access.state === 'ended' ? '&ended=1' : ''}`,
    )
  redirect('/portal/no-access')
}

/** The portal's language: the user's working language, else a chosen one, else the browser's. */
export const portalLocale = cache(async (): Promise<Locale> => {
  const access = await portalAccess()
  if ('user' in access && isLocale(access.user.language)) return access.user.language
  const chosen = (await cookies()).get('portal-language')?.value
  if (isLocale(chosen)) return chosen
  return preferredLocale((await headers()).get('accept-language'))
})
