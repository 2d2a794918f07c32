import { listHref } from '@/lib/listPath'
import type { ListName } from '@/lib/listQuery'
import type { Locale } from '@/lib/locales'
import { siteText } from '@/lib/siteText'

type Pages = { page?: number; totalPages: number; hasPrevPage: boolean; hasNextPage: boolean }

const linkClass = 'font-medium text-steppe-700 underline underline-offset-4'

/**
 * Previous and next page of a list, as plain links to its canonical addresses (lib/listPath.ts):
 * each page is a cached page of its own, and works without JavaScript. Not `next/link`: the proxy
 * rewrites a list's query to an internal route, and the client router, navigating in place, kept
 * showing the first page's films under the second page's address (seen in e2e/site.spec.ts).
 */
export function ListPagination({
  locale,
  list,
  filters,
  pages,
}: {
  locale: Locale
  list: ListName
  filters: Record<string, string | number | undefined>
  pages: Pages
}) {
  if (pages.totalPages <= 1) return null
  const text = siteText(locale)
  const page = pages.page ?? 1
  const href = (to: number) => listHref(locale, list, { ...filters, page: to })
  return (
    <nav aria-label={text.pagination} className="mt-8 flex items-center justify-between">
      {pages.hasPrevPage ? (
        <a href={href(page - 1)} rel="prev" className={linkClass}>
          {text.previous}
        </a>
      ) : (
        <span />
      )}
      <span className="text-slate-700">{text.pageOf(page, pages.totalPages)}</span>
      {pages.hasNextPage ? (
        <a href={href(page + 1)} rel="next" className={linkClass}>
          {text.next}
        </a>
      ) : (
        <span />
      )}
    </nav>
  )
}
