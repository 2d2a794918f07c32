import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { portalAccess, portalLocale } from '@/auth/portalAccess'
import { PortalFrame } from '@/components/portal/PortalFrame'
import { portalText } from '@/lib/portalText'

export const generateMetadata = async (): Promise<Metadata> => ({
  title: portalText(await portalLocale()).titles.noAccess,
})

/** Signed in, but not someone the portal serves: say why, and where to go instead. */
export default async function NoAccess() {
  const access = await portalAccess()
  if (access.state === 'embassy') redirect('/portal')
  if (access.state === 'signed-out' || access.state === 'ended') redirect('/portal/sign-in')
  const text = portalText(await portalLocale())
  const [heading, body] =
    access.state === 'disabled'
      ? [text.disabledHeading, text.problems.disabled]
      : access.state === 'ministry'
        ? [text.ministryHeading, text.ministryText]
        : [text.noEmbassyHeading, text.noEmbassyText]
  return (
    <PortalFrame returnTo="/portal/no-access">
      <div className="mx-auto max-w-xl rounded-lg bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-bold text-steppe-900">{heading}</h1>
        <p className="mt-3 text-slate-800">{body}</p>
        {access.state === 'ministry' && (
          <a
            href="/admin"
            className="mt-4 inline-block rounded bg-steppe-700 px-4 py-2 font-semibold text-white hover:bg-steppe-900"
          >
            {text.openAdmin}
          </a>
        )}
      </div>
    </PortalFrame>
  )
}
