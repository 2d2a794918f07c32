'use client'

import { useActionState } from 'react'
import { signInToPortal, type SignInState } from '@/app/(portal)/portal/sign-in/actions'
import type { Locale } from '@/lib/locales'
import { portalText } from '@/lib/portalText'
import { readSignInProblem } from '@/lib/signInProblem'

/** The problem in words: how long a lock or a wait lasts is part of the message. */
export const signInMessage = (locale: Locale, code: string) => {
  const text = portalText(locale)
  const { problem, seconds } = readSignInProblem(code)
  if (problem === 'locked') return text.problems.locked(Math.max(1, Math.ceil((seconds ?? 900) / 60)))
  if (problem === 'throttled') return text.problems.throttled(seconds ?? 1)
  return text.problems[problem]
}

export function SignInForm({
  locale,
  callbackUrl,
  initialCode,
}: {
  locale: Locale
  callbackUrl: string
  initialCode?: string
}) {
  const text = portalText(locale)
  const [state, action, pending] = useActionState<SignInState, FormData>(signInToPortal, {
    code: initialCode,
  })
  const field =
    'mt-1 block w-full rounded border border-slate-400 px-3 py-2 text-base focus:border-steppe-600 focus:outline-none focus:ring-2 focus:ring-steppe-600'
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {state.code && (
        <p
          role="alert"
          data-answered-at={state.at}
          className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900"
        >
          {signInMessage(locale, state.code)}
        </p>
      )}
      <label className="block">
        <span className="font-medium">{text.email}</span>
        <input
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          className={field}
        />
      </label>
      <label className="block">
        <span className="font-medium">{text.password}</span>
        <input name="password" type="password" autoComplete="current-password" required className={field} />
      </label>
      <button
        disabled={pending}
        className="rounded bg-steppe-700 px-4 py-2 font-semibold text-white hover:bg-steppe-900 disabled:opacity-60"
      >
        {pending ? text.signingIn : text.signIn}
      </button>
    </form>
  )
}
