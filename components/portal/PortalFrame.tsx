import type { ReactNode } from 'react'
import { portalAccess, portalLocale } from '@/auth/portalAccess'
import { portalText } from '@/lib/portalText'
import { PortalHeader } from './PortalHeader'

/** Header and main area of every portal page, in the user's language. */
export async function PortalFrame({ returnTo, children }: { returnTo: string; children: ReactNode }) {
  const [access, locale] = await Promise.all([portalAccess(), portalLocale()])
  const text = portalText(locale)
  const who =
    access.state === 'embassy'
      ? { name: access.user.name, embassy: access.embassy.name ?? '' }
      : 'user' in access
        ? { name: access.user.name, embassy: '' }
        : undefined
  return (
    <>
      <PortalHeader locale={locale} text={text} who={who} returnTo={returnTo} />
      <main id="content" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
    </>
  )
}
