import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { portalAccess, portalLocale } from '@/auth/portalAccess'
import { PortalFrame } from '@/components/portal/PortalFrame'
import { PortalMessages } from '@/components/portal/PortalMessages'
import { SignInForm } from '@/components/portal/SignInForm'
import { ministrySignOn } from '@/config/env'
import { passwordResetPageText } from '@/lib/passwordReset'
import { portalMessagesFor } from '@/lib/portalMessages'
import { portalText } from '@/lib/portalText'
import { safeReturnPath } from '@/lib/safeReturnPath'
import { signInWithMinistry } from './actions'

export const generateMetadata = async (): Promise<Metadata> => ({
  title: portalText(await portalLocale()).titles.signIn,
})

type Props = {
  searchParams: Promise<{
    callbackUrl?: string
    error?: string
    code?: string
    ended?: string
    reset?: string
  }>
}

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, error, code, ended, reset } = await searchParams
  const returnTo = safeReturnPath(callbackUrl)
  if ((await portalAccess()).state === 'embassy') redirect(returnTo)
  const locale = await portalLocale()
  const text = portalText(locale)
  // Single sign-on refusals come back in the address; password ones come back from the form.
  const initialCode = code ?? (error && error !== 'CredentialsSignin' ? error : undefined)
  return (
    <PortalFrame returnTo={`/portal/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`}>
      <div className="mx-auto max-w-md rounded-lg bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-bold text-steppe-900">{text.signInHeading}</h1>
        <p className="mt-2 text-slate-700">{text.signInIntro}</p>
        {ended && (
          <p role="status" className="mt-4 rounded border-l-4 border-amber-600 bg-amber-50 p-3">
            {text.sessionEnded}
          </p>
        )}
        {reset && (
          <p role="status" className="mt-4 rounded border-l-4 border-steppe-600 bg-steppe-50 p-3">
            {passwordResetPageText[locale].done}
          </p>
        )}
        <div className="mt-6">
          <PortalMessages locale={locale} messages={portalMessagesFor(locale, 'SignInForm')}>
            <SignInForm callbackUrl={returnTo} initialCode={initialCode} />
          </PortalMessages>
        </div>
        <p className="mt-4 text-sm">
          <Link href="/portal/forgot-password" className="text-steppe-700 underline">
            {passwordResetPageText[locale].forgotLink}
          </Link>
        </p>
        {ministrySignOn && (
          <form action={signInWithMinistry} className="mt-6 border-t border-slate-200 pt-6">
            <input type="hidden" name="callbackUrl" value={returnTo} />
            <p className="mb-2 text-sm text-slate-600">{text.orSignOn}</p>
            <button className="w-full rounded border border-steppe-700 px-4 py-2 font-semibold text-steppe-700 hover:bg-steppe-50">
              {text.signOnWith(ministrySignOn.name)}
            </button>
          </form>
        )}
      </div>
    </PortalFrame>
  )
}
