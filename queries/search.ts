import { cache } from 'react'
import type { Locale } from '@/lib/locales'
import { cms } from './payload'

/** Films, events and reports whose text in this language contains the words, published only. */
export const querySearch = cache(async (locale: Locale, q: string) => {
  const payload = await cms()
  const common = { locale, overrideAccess: false, depth: 0, limit: 20 } as const
  const [films, events, reports] = await Promise.all([
    payload.find({
      ...common,
      collection: 'films',
      where: { or: [{ title: { like: q } }, { originalTitle: { like: q } }, { directors: { like: q } }] },
      select: { title: true, slug: true, year: true },
    }),
    payload.find({
      ...common,
      collection: 'events',
      where: { or: [{ title: { like: q } }, { summary: { like: q } }, { city: { like: q } }] },
      select: { title: true, slug: true, startsOn: true, endsOn: true },
    }),
    payload.find({
      ...common,
      collection: 'reports',
      where: { title: { like: q } },
      select: { title: true, slug: true },
    }),
  ])
  return { films: films.docs, events: events.docs, reports: reports.docs }
})
