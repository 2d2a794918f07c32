import { hasText } from '@/fields/localizedRequiredText'
import { cacheTag } from '@/lib/cacheTags'
import type { Locale } from '@/lib/locales'
import { cachedQuery } from './cachedQuery'
import { findOnePublished } from './published'

const pageTag = { events: cacheTag.eventPage, films: cacheTag.filmPage, reports: cacheTag.reportPage }

/** Whether a page's document has its own title in this language; else the page notes the fallback. */
export const isTranslated = async (
  collection: 'events' | 'films' | 'reports',
  locale: Locale,
  doc: { slug?: string | null; titleLanguages?: string[] | null },
) =>
  // Noted as the document was read (fields/titleLanguages.ts): no query. Asked only when the read
  // could not tell.
  doc.titleLanguages ? doc.titleLanguages.includes(locale) : queryIsTranslated(collection, locale, doc.slug!)

/** The same, asked of the database: the document read again in this language without fallback. */
export const queryIsTranslated = cachedQuery(
  'is-translated',
  async (collection: 'events' | 'films' | 'reports', locale: Locale, slug: string) => {
    const doc = await findOnePublished(
      {
        collection,
        locale,
        fallbackLocale: false,
        depth: 0,
        where: { slug: { equals: slug } },
        select: { title: true },
      },
      { previewOf: { collection, slug } },
    )
    return hasText(doc?.title)
  },
  (collection, _locale, slug) => [pageTag[collection](slug)],
)
