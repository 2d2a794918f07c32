import type { ReactNode } from 'react'
import { fontVariables } from '@/lib/fonts'

/** The document around the public site and the portal: language, page colours, a skip link first. */
export function PageShell({
  lang,
  skipLabel,
  children,
}: {
  lang: string
  skipLabel: string
  children: ReactNode
}) {
  return (
    <html lang={lang} className={fontVariables}>
      <body className="min-h-screen bg-steppe-50 text-slate-900 antialiased">
        <a
          href="#content"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {skipLabel}
        </a>
        {children}
      </body>
    </html>
  )
}
