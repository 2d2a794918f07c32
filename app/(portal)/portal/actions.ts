'use server'

import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { signOut } from '@/auth'
import { portalAccess } from '@/auth/portalAccess'
import { isLocale } from '@/lib/locales'
import { cms } from '@/queries/payload'

/** The portal's language is the user's working language: remembered on the account and in a cookie. */
export async function choosePortalLanguage(formData: FormData) {
  const language = formData.get('language')
  const returnTo = String(formData.get('returnTo') ?? '/portal')
  if (!isLocale(language)) return
  ;(await cookies()).set('portal-language', language, { path: '/portal', sameSite: 'lax', httpOnly: true, maxAge: 365 * 24 * 3600 })
  const access = await portalAccess()
  if ('user' in access) {
    const payload = await cms()
    await payload.update({ collection: 'users', id: access.user.id, data: { language }, user: access.user, overrideAccess: false, depth: 0 })
  }
  redirect(returnTo.startsWith('/portal') ? returnTo : '/portal')
}

export async function signOutOfPortal() {
  await signOut({ redirectTo: '/portal/sign-in' })
}
