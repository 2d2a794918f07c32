import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'
import { alternates } from './alternates'
import { filtersOfPath } from './listPath'
import type { ListName } from './listQuery'
import { isLocale, type Locale } from './locales'
import { siteText } from './siteText'
import { socialCard } from './socialCard'

type ListProps = { params: Promise<{ locale: string }> }
type QueryProps = { params: Promise<{ locale: string; query: string }> }

/**
 * The two routes of a public list: /{locale}/{list} itself and, for each canonical query, the
 * internal /{locale}/_lists/{list}/{query} the proxy rewrites it to (proxy.ts; a page alone, Next's
 * router: config/listPageRewrites.mjs). Both share the metadata and the rendering; only the query
 * route reads its filters from the path, and answers 404 for a path neither would have written.
 */
export const listRoute = ({
  list,
  title,
  hiddenFromSearchEngines = false,
  serves = () => true,
  render,
}: {
  list: ListName
  title: (text: ReturnType<typeof siteText>) => string
  hiddenFromSearchEngines?: boolean
  /** Whether a canonical query is a page of this list (search needs its `q`). */
  serves?: (filters: Record<string, string>) => boolean
  render: (locale: Locale, filters: Record<string, string>) => ReactNode
}) => {
  async function generateMetadata({ params }: ListProps): Promise<Metadata> {
    const { locale } = await params
    if (!isLocale(locale)) return {}
    const text = siteText(locale)
    return {
      title: title(text),
      alternates: alternates(locale, `/${list}`),
      ...socialCard({ locale, path: `/${list}`, title: title(text) }),
      ...(hiddenFromSearchEngines ? { robots: { index: false } } : {}),
    }
  }

  async function ListPage({ params }: ListProps) {
    const { locale } = await params
    if (!isLocale(locale)) notFound()
    return render(locale, {})
  }

  async function QueryPage({ params }: QueryProps) {
    const { locale, query } = await params
    const filters = filtersOfPath(list, query)
    if (!isLocale(locale) || !filters || !serves(filters)) notFound()
    return render(locale, filters)
  }

  // Queries are rendered on their first request and kept, never at build time.
  const generateStaticParams = () => []

  return { generateMetadata, ListPage, QueryPage, generateStaticParams }
}
