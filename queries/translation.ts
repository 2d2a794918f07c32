import { cache } from 'react'
import type { Locale } from '@/lib/locales'
import { cms } from './payload'

/** Whether a page's document has its own title in this language; else the page notes the fallback. */
export const queryIsTranslated = cache(
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
)
