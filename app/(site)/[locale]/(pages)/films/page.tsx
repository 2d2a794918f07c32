import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { FilmCatalogue } from '@/components/FilmCatalogue'
import { alternates } from '@/lib/alternates'
import { isLocale } from '@/lib/locales'
import { siteText } from '@/lib/siteText'

// Rendered once and kept; a filtered catalogue is another cached page (proxy.ts, _lists/films).
export const revalidate = 3600

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: siteText(locale).filmCatalogue, alternates: alternates(locale, '/films') }
}

export default async function FilmsPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return <FilmCatalogue locale={locale} filters={{}} />
}
