'use client'

import Link from 'next/link'
import { usePathname, useSelectedLayoutSegments } from 'next/navigation'
import { useSyncExternalStore } from 'react'
import { pathInLanguage } from '@/lib/languagePath'
import { localeLabels, locales, type Locale } from '@/lib/locales'

// The address's query, read in the browser; none while rendering on the server, where a cached
// page is shared by every query (a list's own query is in its internal path, lib/languagePath.ts).
const noChange = () => () => {}
const browserQuery = () => window.location.search
const serverQuery = () => ''

/** Links to the page the reader is on, in each other language, with the same filters. */
export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  const visible = usePathname() ?? `/${current}`
  const segments = useSelectedLayoutSegments()
  // On a list rendered for a query the route is the internal one (/{locale}/_lists/{list}/{query},
  // proxy.ts), which holds the query even on the server: without JavaScript the links keep it too.
  const internal = segments
    .filter((segment) => !segment.startsWith('('))
    .map((segment) => (segment === '%5Flists' ? '_lists' : segment))
  const pathname = internal[0] === '_lists' ? `/${current}/${internal.join('/')}` : visible
  const search = useSyncExternalStore(noChange, browserQuery, serverQuery)
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1 text-sm">
        {locales.map((locale) => (
          <li key={locale}>
            <Link
              href={pathInLanguage(pathname, search, locale)}
              // A reader changes language once, if ever: fetching this page in two more languages
              // ahead on every page view is work and data spent on a click that rarely comes.
              prefetch={false}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? 'true' : undefined}
              className={`rounded px-2 py-1 ${locale === current ? 'bg-white text-steppe-900 font-semibold' : 'text-white underline-offset-4 hover:underline'}`}
            >
              {localeLabels[locale]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
