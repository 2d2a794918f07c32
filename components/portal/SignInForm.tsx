'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'
import { signInToPortal, type SignInState } from '@/app/(portal)/portal/sign-in/actions'
import { signInMessage } from '@/lib/signInProblem'

export function SignInForm({ callbackUrl, initialCode }: { callbackUrl: string; initialCode?: string }) {
  const t = useTranslations('portal')
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
          {signInMessage(t, state.code)}
        </p>
      )}
      <label className="block">
        <span className="font-medium">{t('email')}</span>
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
        <span className="font-medium">{t('password')}</span>
        <input name="password" type="password" autoComplete="current-password" required className={field} />
      </label>
      <button
        disabled={pending}
        className="rounded bg-steppe-700 px-4 py-2 font-semibold text-white hover:bg-steppe-900 disabled:opacity-60"
      >
        {pending ? t('signingIn') : t('signIn')}
      </button>
    </form>
  )
}
