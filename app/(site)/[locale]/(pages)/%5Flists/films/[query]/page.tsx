import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { FilmCatalogue, filmFilters } from '@/components/FilmCatalogue'
import { alternates } from '@/lib/alternates'
import { filtersOfPath } from '@/lib/listPath'
import { isLocale } from '@/lib/locales'
import { siteText } from '@/lib/siteText'

// /{locale}/films?… as the proxy rewrites it: each canonical query rendered on first request and kept.
export const revalidate = 3600
export const generateStaticParams = () => []

type Props = { params: Promise<{ locale: string; query: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: siteText(locale).filmCatalogue, alternates: alternates(locale, '/films') }
}

export default async function FilteredFilmsPage({ params }: Props) {
  const { locale, query } = await params
  const filters = filtersOfPath('films', query)
  if (!isLocale(locale) || !filters) notFound()
  return <FilmCatalogue locale={locale} filters={filmFilters(filters)} />
}
