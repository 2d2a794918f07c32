'use client'

import { useTranslation } from '@payloadcms/ui'
import { usePathname, useRouter } from 'next/navigation'
import { useEffect, useRef, type ReactNode } from 'react'
import { adminLanguageCookie } from '@/lib/adminLanguage'
import { isLocale } from '@/lib/locales'

const cookieLanguage = () =>
  document.cookie
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${adminLanguageCookie}=`))
    ?.slice(adminLanguageCookie.length + 1)

/**
 * Signing in sets the admin language to the user's working language (hooks/adminLanguageFromUser),
 * but Payload then moves to the dashboard by a client navigation, which keeps the root layout (its
 * `lang` and translations) rendered in the sign-in page's language. When the cookie and the layout
 * disagree, the layout is rendered again once, as Payload's own language switcher does.
 */
export function AdminLanguageSync({ children }: { children?: ReactNode }) {
  const { i18n } = useTranslation()
  const router = useRouter()
  const pathname = usePathname()
  const refreshedFor = useRef<string | undefined>(undefined)

  useEffect(() => {
    const language = cookieLanguage()
    if (!isLocale(language) || language === i18n.language || refreshedFor.current === language) return
    refreshedFor.current = language
    router.refresh()
  }, [i18n.language, pathname, router])

  return children
}
