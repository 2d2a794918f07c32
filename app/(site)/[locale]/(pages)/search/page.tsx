import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { SearchResults } from '@/components/SearchResults'
import { alternates } from '@/lib/alternates'
import { isLocale } from '@/lib/locales'
import { siteText } from '@/lib/siteText'

// The empty search form, kept; a search is another cached page per query (proxy.ts, _lists/search).
export const revalidate = 3600

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return {
    title: siteText(locale).search,
    alternates: alternates(locale, '/search'),
    robots: { index: false },
  }
}

export default async function SearchPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return <SearchResults locale={locale} q="" />
}
