import { cacheTag } from '@/lib/cacheTags'
import type { Locale } from '@/lib/locales'
import { cachedQuery } from './cachedQuery'
import { findOnePublished } from './published'

const pageTag = { events: cacheTag.eventPage, films: cacheTag.filmPage, reports: cacheTag.reportPage }

/** Whether a page's document has its own title in this language; else the page notes the fallback. */
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
    return Boolean(doc?.title)
  },
  (collection, _locale, slug) => [pageTag[collection](slug)],
)
