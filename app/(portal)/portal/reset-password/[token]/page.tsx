import type { Metadata } from 'next'
import Link from 'next/link'
import { portalLocale } from '@/auth/portalAccess'
import { PortalFrame } from '@/components/portal/PortalFrame'
import { minPasswordLength, passwordResetPageText } from '@/lib/passwordReset'
import { resetPassword } from './actions'
import { portalText } from '@/lib/portalText'

export const generateMetadata = async (): Promise<Metadata> => ({
  title: portalText(await portalLocale()).titles.resetPassword,
  referrer: 'no-referrer',
})

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ problem?: string }> }

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const [{ token }, { problem }] = await Promise.all([params, searchParams])
  const locale = await portalLocale()
  const text = passwordResetPageText[locale]
  const message =
    problem === 'short'
      ? text.tooShort(minPasswordLength)
      : problem === 'mismatch'
        ? text.mismatch
        : problem === 'token'
          ? text.invalidToken
          : null
  const field =
    'mt-1 block w-full rounded border border-slate-400 px-3 py-2 text-base focus:border-steppe-600 focus:outline-none focus:ring-2 focus:ring-steppe-600'
  return (
    <PortalFrame returnTo="/portal/sign-in">
      <div className="mx-auto max-w-md rounded-lg bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-bold text-steppe-900">{text.resetHeading}</h1>
        {message && (
          <p role="alert" className="mt-4 rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
            {message}
            {problem === 'token' && (
              <>
                {' '}
                <Link href="/portal/forgot-password" className="underline">
                  {text.forgotHeading}
                </Link>
              </>
            )}
          </p>
        )}
        <form action={resetPassword} className="mt-4 space-y-4">
          <input type="hidden" name="token" value={decodeURIComponent(token)} />
          <label className="block">
            <span className="font-medium">{text.newPassword}</span>
            <input
              name="password"
              type="password"
              autoComplete="new-password"
              minLength={minPasswordLength}
              required
              className={field}
            />
          </label>
          <label className="block">
            <span className="font-medium">{text.repeatPassword}</span>
            <input
              name="again"
              type="password"
              autoComplete="new-password"
              minLength={minPasswordLength}
              required
              className={field}
            />
          </label>
          <button className="w-full rounded bg-steppe-700 px-4 py-2 font-semibold text-white hover:bg-steppe-900">
            {text.save}
          </button>
        </form>
      </div>
    </PortalFrame>
  )
}
