import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { EventCard } from '@/components/EventCard'
import { alternates } from '@/lib/alternates'
import { countryName, isCountryCode } from '@/lib/countries'
import { isLocale } from '@/lib/locales'
import { firstWithPicture } from '@/lib/media'
import { siteText } from '@/lib/siteText'
import { socialCard } from '@/lib/socialCard'
import { queryCountry } from '@/queries/events'

// Each country's page is rendered on its first request and kept until its tag is expired.
export const revalidate = 3600
export const generateStaticParams = () => []

type Props = { params: Promise<{ locale: string; iso: string }> }

const load = async (params: Props['params']) => {
  const { locale, iso } = await params
  const code = iso.toUpperCase()
  if (!isLocale(locale) || !isCountryCode(code)) notFound()
  return { locale, code }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = await load(params)
  const title = siteText(locale).eventsIn(countryName(code, locale))
  const path = `/countries/${code.toLowerCase()}`
  return { title, alternates: alternates(locale, path), ...socialCard({ locale, path, title }) }
}

export default async function CountryPage({ params }: Props) {
  const { locale, code } = await load(params)
  const text = siteText(locale)
  const { events, embassies } = await queryCountry(locale, code)
  const prioritised = firstWithPicture(events.map((event) => event.heroImage))
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-steppe-900">
        {text.eventsIn(countryName(code, locale))}
      </h1>
      {embassies.length > 0 && (
        <p className="mt-3 text-slate-700">
          {text.embassiesHere}: {embassies.map((embassy) => `${embassy.name} (${embassy.city})`).join('; ')}
        </p>
      )}
      {events.length === 0 ? (
        <p className="mt-8 text-slate-700">{text.noEvents}</p>
      ) : (
        <ul className="mt-8 grid gap-4 sm:grid-cols-2">
          {events.map((event, index) => (
            <li key={event.id} className="flex">
              <EventCard event={event} locale={locale} headingLevel={2} priority={index === prioritised} />
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
