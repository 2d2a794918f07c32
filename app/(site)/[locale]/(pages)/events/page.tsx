import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { EventList } from '@/components/EventList'
import { alternates } from '@/lib/alternates'
import { isLocale } from '@/lib/locales'
import { siteText } from '@/lib/siteText'

// Rendered once and kept; a filtered list is another cached page (proxy.ts, _lists/events).
export const revalidate = 3600

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: siteText(locale).events, alternates: alternates(locale, '/events') }
}

export default async function EventsPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return <EventList locale={locale} filters={{ page: 1 }} />
}
