import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'
import { LanguageSwitcher } from '@/components/LanguageSwitcher'
import { PageShell } from '@/components/PageShell'
import { SiteFooter } from '@/components/SiteFooter'
import { alternates } from '@/lib/alternates'
import { isLocale, locales } from '@/lib/locales'
import { siteText } from '@/lib/siteText'
import { previewing } from '@/queries/preview'
import '../../globals.css'

export const generateStaticParams = () => locales.map((locale) => ({ locale }))

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const text = siteText(locale)
  return {
    title: { default: text.siteName, template: `%s · ${text.siteName}` },
    description: text.tagline,
    alternates: alternates(locale),
  }
}

export default async function SiteLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const text = siteText(locale)
  return (
    <PageShell lang={locale} skipLabel={text.skipToContent}>
      {(await previewing()) && (
        // Only an editor who opened /admin/preview sees this; the public's pages never do.
        <p role="status" className="bg-amber-100 px-4 py-2 text-center text-sm text-amber-950">
          {text.previewBanner}{' '}
          <a href={`/admin/preview?exit=1&locale=${locale}`} className="font-semibold underline">
            {text.previewExit}
          </a>
        </p>
      )}
      <header className="bg-steppe-900 text-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-4">
          <Link href={`/${locale}`} className="text-lg font-semibold tracking-tight">
            {text.siteName}
          </Link>
          <nav aria-label={text.mainNavigation}>
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              <li>
                <Link href={`/${locale}/events`} className="underline-offset-4 hover:underline">
                  {text.events}
                </Link>
              </li>
              <li>
                <Link href={`/${locale}/films`} className="underline-offset-4 hover:underline">
                  {text.films}
                </Link>
              </li>
              <li>
                <Link href={`/${locale}/reports`} className="underline-offset-4 hover:underline">
                  {text.reports}
                </Link>
              </li>
              <li>
                <Link href={`/${locale}/search`} className="underline-offset-4 hover:underline">
                  {text.search}
                </Link>
              </li>
            </ul>
          </nav>
          <LanguageSwitcher current={locale} label={text.language} />
        </div>
      </header>
      <main id="content" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
      <SiteFooter locale={locale} />
    </PageShell>
  )
}
