'use client'

import { NextIntlClientProvider, type AbstractIntlMessages } from 'next-intl'
import type { ReactNode } from 'react'
import type { Locale } from '@/lib/locales'

/**
 * Hands a client component its few messages (lib/portalMessages.ts). A client provider of our own
 * rather than next-intl's server one, which would read a request config this app does not have:
 * languages are routed by proxy.ts and the portal's cookie, not by next-intl's middleware.
 */
export function PortalMessages({
  locale,
  messages,
  children,
}: {
  locale: Locale
  messages: AbstractIntlMessages
  children: ReactNode
}) {
  return (
    <NextIntlClientProvider locale={locale} messages={messages} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  )
}
