'use server'

import { redirect } from 'next/navigation'
import { cms } from '@/queries/payload'

/**
 * Asks Payload to mail a reset link. The answer is the same whether or not the address has an
 * account, so the page tells nobody which addresses exist; Payload sends at most one a minute.
 */
export async function requestPasswordReset(formData: FormData) {
  const email = String(formData.get('email') ?? '')
    .trim()
    .slice(0, 320)
  if (email) {
    const payload = await cms()
    await payload.forgotPassword({ collection: 'users', data: { email } }).catch((err: unknown) => {
      payload.logger.error({ err }, 'Password reset request failed')
    })
  }
  redirect('/portal/forgot-password?sent=1')
}
