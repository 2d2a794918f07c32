'use client'

import { useTranslation } from '@payloadcms/ui'
import { usePathname, useRouter } from 'next/navigation'
import { useEffect, useRef, type ReactNode } from 'react'
import { adminLanguageCookie, preferredLanguage } from '@/lib/adminLanguage'
import { isLocale } from '@/lib/locales'

const cookieLanguage = () =>
  document.cookie
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${adminLanguageCookie}=`))
    ?.slice(adminLanguageCookie.length + 1)

/**
 * The language the server renders the admin in: the cookie's, else the browser's first of ours (as
 * proxy.ts hands it to Payload), else Payload's fallback, English (i18n/admin).
 */
const expectedLanguage = () => {
  const cookie = cookieLanguage()
  if (cookie !== undefined) return isLocale(cookie) ? cookie : undefined
  return preferredLanguage(navigator.languages.join(',')) ?? 'en'
}

/**
 * Signing in sets the admin language to the user's working language and signing out forgets it
 * (hooks/adminLanguageFromUser), but Payload then moves on by a client navigation, which keeps the
 * root layout (its `lang` and translations) in the previous page's language. When the layout is not
 * in the language the server would now choose, it is rendered again once, as Payload's own language
 * switcher does.
 */
export function AdminLanguageSync({ children }: { children?: ReactNode }) {
  const { i18n } = useTranslation()
  const router = useRouter()
  const pathname = usePathname()
  const refreshedFor = useRef<string | undefined>(undefined)

  useEffect(() => {
    const language = expectedLanguage()
    if (!language || language === i18n.language || refreshedFor.current === language) return
    refreshedFor.current = language
    router.refresh()
  }, [i18n.language, pathname, router])

  return children
}
