'use server'

import { AuthError } from 'next-auth'
import { signIn } from '@/auth'
import { safeReturnPath } from '@/lib/safeReturnPath'

/** `at` tells one answer from the next, even when both say the same thing. */
export type SignInState = { code?: string; email?: string; at?: number }

/** Signs in through next-auth's password provider; a refusal comes back as a code to put in words. */
export async function signInToPortal(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get('email') ?? '')
  try {
    await signIn('password', {
      email,
      password: String(formData.get('password') ?? ''),
      redirectTo: safeReturnPath(formData.get('callbackUrl')),
    })
  } catch (error) {
    // Success is a redirect, which Next throws too; only next-auth's own errors are refusals.
    if (error instanceof AuthError)
      return { code: (error as AuthError & { code?: string }).code ?? 'invalid', email, at: Date.now() }
    throw error
  }
  return {}
}

export async function signInWithMinistry(formData: FormData) {
  await signIn('ministry', { redirectTo: safeReturnPath(formData.get('callbackUrl')) })
}
