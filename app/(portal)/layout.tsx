import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { portalLocale } from '@/auth/portalAccess'
import { portalText } from '@/lib/portalText'
import '../globals.css'

export const metadata: Metadata = { title: { default: 'Embassy portal', template: '%s · Embassy portal' }, robots: { index: false, follow: false } }

/** The embassy portal: signed-in, per-user pages, never cached or indexed. */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const locale = await portalLocale()
  const text = portalText(locale)
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-steppe-50 text-slate-900 antialiased">
        <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          {text.skipToContent}
        </a>
        {children}
      </body>
    </html>
  )
}
