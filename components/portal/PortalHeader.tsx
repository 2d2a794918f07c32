import Link from 'next/link'
import { choosePortalLanguage, signOutOfPortal } from '@/app/(portal)/portal/actions'
import { localeLabels, locales, type Locale } from '@/lib/locales'
import type { PortalText } from '@/lib/portalText'

type Props = { locale: Locale; text: PortalText; who?: { name: string; embassy: string }; returnTo: string }

/** The portal's top bar: where you are, who you are, your language, and the way out. */
export function PortalHeader({ locale, text, who, returnTo }: Props) {
  return (
    <header className="bg-steppe-900 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-4">
        <div>
          <Link href="/portal" className="text-lg font-semibold tracking-tight">
            {text.portalName}
          </Link>
          {who && (
            <p className="text-sm text-steppe-100">
              {who.embassy ? text.welcome(who.name, who.embassy) : who.name}
            </p>
          )}
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <form action={choosePortalLanguage} aria-label={text.language} className="flex gap-1 text-sm">
            <input type="hidden" name="returnTo" value={returnTo} />
            {locales.map((code) => (
              <button
                key={code}
                name="language"
                value={code}
                lang={code}
                aria-pressed={code === locale}
                className={`rounded px-2 py-1 ${code === locale ? 'bg-white font-semibold text-steppe-900' : 'text-white underline-offset-4 hover:underline'}`}
              >
                {localeLabels[code]}
              </button>
            ))}
          </form>
          {who && (
            <form action={signOutOfPortal}>
              <button className="rounded border border-white/60 px-3 py-1 text-sm hover:bg-white hover:text-steppe-900">
                {text.signOut}
              </button>
            </form>
          )}
        </div>
      </div>
    </header>
  )
}
