import Link from 'next/link'
import { locale as rootLocale } from 'next/root-params'
import { defaultLocale, isLocale } from '@/lib/locales'
import { siteText } from '@/lib/siteText'

/** A missing or unpublished page, said in the reader's language. */
export default async function NotFound() {
  const requested = await rootLocale()
  const locale = isLocale(requested) ? requested : defaultLocale
  const text = siteText(locale)
  return (
    <section className="py-10">
      <h1 className="text-3xl font-bold text-steppe-900">404</h1>
      <p className="mt-3 text-lg text-slate-700">{text.notFound}</p>
      <p className="mt-6">
        <Link href={`/${locale}`} className="font-medium text-steppe-700 underline underline-offset-4">
          {text.backHome}
        </Link>
      </p>
    </section>
  )
}
