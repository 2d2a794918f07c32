import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { SearchResults } from '@/components/SearchResults'
import { alternates } from '@/lib/alternates'
import { filtersOfPath } from '@/lib/listPath'
import { isLocale } from '@/lib/locales'
import { siteText } from '@/lib/siteText'

// /{locale}/search?q=… as the proxy rewrites it: each normalised query rendered on first request and kept.
export const revalidate = 3600
export const generateStaticParams = () => []

type Props = { params: Promise<{ locale: string; query: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return {
    title: siteText(locale).search,
    alternates: alternates(locale, '/search'),
    robots: { index: false },
  }
}

export default async function SearchQueryPage({ params }: Props) {
  const { locale, query } = await params
  const filters = filtersOfPath('search', query)
  if (!isLocale(locale) || !filters?.q) notFound()
  return <SearchResults locale={locale} q={filters.q} />
}
