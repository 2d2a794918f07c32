import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { alternates } from '@/lib/alternates'
import { countryName } from '@/lib/countries'
import { isLocale } from '@/lib/locales'
import { siteText } from '@/lib/siteText'
import { socialCard } from '@/lib/socialCard'
import { queryFigures } from '@/queries/figures'

// Rebuilt when an event is published or changes (the figures' tags), else at most hourly.
export const revalidate = 3600

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const text = siteText(locale)
  return {
    title: text.countriesTitle,
    description: text.countriesIntro,
    alternates: alternates(locale, '/countries'),
    ...socialCard({
      locale,
      path: '/countries',
      title: text.countriesTitle,
      description: text.countriesIntro,
    }),
  }
}

/** Every country with a published event, A to Z in the reader's language: the map's full list. */
export default async function CountriesPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const text = siteText(locale)
  const { eventsPerCountry } = await queryFigures()
  const countries = Object.entries(eventsPerCountry)
    .map(([code, count]) => ({ code, count, name: countryName(code, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale))
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-steppe-900">{text.countriesTitle}</h1>
      <p className="mt-3 text-slate-700">{text.countriesIntro}</p>
      <ul
        data-testid="countries"
        className="mt-6 grid gap-x-6 gap-y-2 sm:grid-cols-2 md:grid-cols-3 [&_a]:text-steppe-700 [&_a]:underline [&_a]:underline-offset-4"
      >
        {countries.map(({ code, count, name }) => (
          <li key={code}>
            <a href={`/${locale}/countries/${code.toLowerCase()}`}>{text.mapCountry(name, count)}</a>
          </li>
        ))}
      </ul>
    </>
  )
}
