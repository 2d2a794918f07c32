import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { portalLocale } from '@/auth/portalAccess'
import { PageShell } from '@/components/PageShell'
import { portalText } from '@/lib/portalText'
import '../globals.css'

export const generateMetadata = async (): Promise<Metadata> => {
  const name = portalText(await portalLocale()).titles.portal
  return { title: { default: name, template: `%s · ${name}` }, robots: { index: false, follow: false } }
}

/** The embassy portal: signed-in, per-user pages, never cached or indexed. */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const locale = await portalLocale()
  const text = portalText(locale)
  return (
    <PageShell lang={locale} skipLabel={text.skipToContent}>
      {children}
    </PageShell>
  )
}
