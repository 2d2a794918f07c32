import { cacheTag } from '@/lib/cacheTags'
import type { Locale } from '@/lib/locales'
import { cachedQuery } from './cachedQuery'
import { cms } from './payload'

const pageTag = { events: cacheTag.eventPage, films: cacheTag.filmPage, reports: cacheTag.reportPage }

/** Whether a page's document has its own title in this language; else the page notes the fallback. */
export const queryIsTranslated = cachedQuery(
  'is-translated',
  async (collection: 'events' | 'films' | 'reports', locale: Locale, slug: string) => {
    const payload = await cms()
    const { docs } = await payload.find({
      collection,
      locale,
      fallbackLocale: false,
      overrideAccess: false,
      depth: 0,
      limit: 1,
      where: { slug: { equals: slug } },
      select: { title: true },
    })
    return Boolean(docs[0]?.title)
  },
  (collection, _locale, slug) => [pageTag[collection](slug)],
)
