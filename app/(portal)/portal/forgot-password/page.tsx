import type { Metadata } from 'next'
import Link from 'next/link'
import { portalLocale } from '@/auth/portalAccess'
import { PortalFrame } from '@/components/portal/PortalFrame'
import { passwordResetPageText } from '@/lib/passwordReset'
import { portalText } from '@/lib/portalText'
import { requestPasswordReset } from './actions'

export const generateMetadata = async (): Promise<Metadata> => ({
  title: portalText(await portalLocale()).titles.forgotPassword,
})

export default async function ForgotPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ sent?: string }>
}) {
  const { sent } = await searchParams
  const locale = await portalLocale()
  const text = passwordResetPageText[locale]
  return (
    <PortalFrame returnTo="/portal/forgot-password">
      <div className="mx-auto max-w-md rounded-lg bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-bold text-steppe-900">{text.forgotHeading}</h1>
        {sent ? (
          <p role="status" className="mt-4 rounded border-l-4 border-steppe-600 bg-steppe-50 p-3">
            {text.sent}
          </p>
        ) : (
          <form action={requestPasswordReset} className="mt-4 space-y-4">
            <p className="text-slate-700">{text.forgotIntro}</p>
            <label className="block">
              <span className="font-medium">{portalText(locale).email}</span>
              <input
                name="email"
                type="email"
                autoComplete="username"
                required
                className="mt-1 block w-full rounded border border-slate-400 px-3 py-2 text-base focus:border-steppe-600 focus:outline-none focus:ring-2 focus:ring-steppe-600"
              />
            </label>
            <button className="w-full rounded bg-steppe-700 px-4 py-2 font-semibold text-white hover:bg-steppe-900">
              {text.send}
            </button>
          </form>
        )}
        <p className="mt-6">
          <Link href="/portal/sign-in" className="text-steppe-700 underline">
            {text.backToSignIn}
          </Link>
        </p>
      </div>
    </PortalFrame>
  )
}
