'use server'

import { redirect } from 'next/navigation'
import { cms } from '@/queries/payload'
import { minPasswordLength } from '@/lib/passwordReset'

/**
 * Sets the new password with the mailed token. Payload's reset ends every session of the account,
 * so a stolen session dies with the old password; the user then signs in anew.
 */
export async function resetPassword(formData: FormData) {
  const token = String(formData.get('token') ?? '')
  const password = String(formData.get('password') ?? '')
  const again = String(formData.get('again') ?? '')
  const back = `/portal/reset-password/${encodeURIComponent(token)}`
  if (password.length < minPasswordLength) redirect(`${back}?problem=short`)
  if (password !== again) redirect(`${back}?problem=mismatch`)
  const payload = await cms()
  const changed = await payload
    .resetPassword({ collection: 'users', data: { token, password }, overrideAccess: true })
    .then(() => true)
    .catch(() => false)
  redirect(changed ? '/portal/sign-in?reset=1' : `${back}?problem=token`)
}
