import type { Metadata } from 'next'
import Link from 'next/link'
import { SearchForm } from '@/components/SearchForm'
import { locale as rootLocale } from 'next/root-params'
import { defaultLocale, isLocale } from '@/lib/locales'
import { siteText } from '@/lib/siteText'

const readerLocale = async () => {
  const requested = await rootLocale()
  return isLocale(requested) ? requested : defaultLocale
}

/** Next reads a not-found file's metadata for a 404's head, in place of the page's. */
export async function generateMetadata(): Promise<Metadata> {
  const text = siteText(await readerLocale())
  return { title: { absolute: `${text.notFoundTitle} · ${text.siteName}` }, robots: { index: false } }
}

/**
 * A missing or unpublished page, said in the reader's language and rendered on the server (it
 * reads without JavaScript), with two ways on: the site's search and its home page. Addresses
 * under an unknown language reach it through proxy.ts, in the language the browser asks for.
 */
export default async function NotFound() {
  const locale = await readerLocale()
  const text = siteText(locale)
  return (
    <section className="py-10">
      <p className="text-sm font-semibold uppercase tracking-wide text-steppe-600">404</p>
      <h1 className="mt-1 text-3xl font-bold text-steppe-900">{text.notFoundTitle}</h1>
      <p className="mt-3 text-lg text-slate-700">{text.notFound}</p>
      <SearchForm locale={locale} />
      <p className="mt-6">
        <Link href={`/${locale}`} className="font-medium text-steppe-700 underline underline-offset-4">
          {text.backHome}
        </Link>
      </p>
    </section>
  )
}
