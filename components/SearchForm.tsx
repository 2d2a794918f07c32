import { maxSearchLength } from '@/lib/listQuery'
import type { Locale } from '@/lib/locales'
import { siteText } from '@/lib/siteText'

/** The site's search form, a plain GET to the search page: on the search page and on every 404. */
export function SearchForm({ locale, q }: { locale: Locale; q?: string }) {
  const text = siteText(locale)
  return (
    <form
      role="search"
      method="get"
      action={`/${locale}/search`}
      className="mt-6 flex flex-wrap items-end gap-3"
    >
      <label className="min-w-0 flex-1 text-sm font-medium text-slate-800">
        {text.searchLabel}
        <input
          type="search"
          name="q"
          defaultValue={q}
          minLength={2}
          maxLength={maxSearchLength}
          className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900"
        />
      </label>
      <button
        type="submit"
        className="rounded bg-steppe-700 px-4 py-2 font-medium text-white hover:bg-steppe-900"
      >
        {text.searchButton}
      </button>
    </form>
  )
}
