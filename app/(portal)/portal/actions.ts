'use server'

import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { auth, signOut } from '@/auth'
import { closeSession } from '@/auth/payloadSessions'
import { writeAudit } from '@/lib/audit'
import { portalAccess } from '@/auth/portalAccess'
import { isLocale } from '@/lib/locales'
import { cms } from '@/queries/payload'

/** The portal's language is the user's working language: remembered on the account and in a cookie. */
export async function choosePortalLanguage(formData: FormData) {
  const language = formData.get('language')
  const returnTo = String(formData.get('returnTo') ?? '/portal')
  if (!isLocale(language)) return
  ;(await cookies()).set('portal-language', language, {
    path: '/portal',
    sameSite: 'lax',
    httpOnly: true,
    maxAge: 365 * 24 * 3600,
  })
  const access = await portalAccess()
  if ('user' in access) {
    const payload = await cms()
    await payload.update({
      collection: 'users',
      id: access.user.id,
      data: { language },
      user: access.user,
      overrideAccess: false,
      depth: 0,
    })
  }
  redirect(returnTo.startsWith('/portal') ? returnTo : '/portal')
}

/** Signing out ends the Payload session behind the portal's too, and goes on the record. */
export async function signOutOfPortal() {
  const session = await auth()
  const token = session?.user as { id?: string; sid?: string } | undefined
  if (token?.id) {
    const payload = await cms()
    await closeSession(payload, token.id, token.sid)
    await writeAudit(payload, {
      action: 'sign_out',
      user: token.id,
      summary: 'Signed out of the embassy portal',
    })
  }
  await signOut({ redirectTo: '/portal/sign-in' })
}
