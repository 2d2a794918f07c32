import { unstable_cache } from 'next/cache'
import { cache } from 'react'
import { previewing } from './preview'

/**
 * Without this, `upcoming` would never move on: lists that depend on today are rebuilt at least
 * hourly, besides whenever a tag they carry is expired.
 */
const hourly = 3600

/**
 * A public read kept in Next's data cache under tags named from its arguments (lib/cacheTags.ts).
 * The tags also attach to the page that reads it, so expiring one rebuilds the data and the page
 * on the next request, and nothing else.
 *
 * Why `unstable_cache` and not `'use cache'` + `cacheTag`: the latter needs `cacheComponents`,
 * which turns every route dynamic-by-default and asks each uncached read to sit in <Suspense>;
 * Payload's admin and the next-auth portal, which share this app, are not written for it. ISR
 * (pages rendered once and kept) plus tagged data gives the same "invalidate by tag" here.
 * React's `cache` dedupes the calls a page and its `generateMetadata` make in one render.
 */
export const cachedQuery = <Args extends (string | number | boolean | object | undefined)[], Result>(
  name: string,
  query: (...args: Args) => Promise<Result>,
  tags: (...args: Args) => string[],
) =>
  Object.assign(
    cache(async (...args: Args): Promise<Result> =>
      // A preview reads its document's draft as the signed-in editor: never from the cache, never
      // into it, and outside `unstable_cache`, where the request's cookies cannot be read.
      (await previewing())
        ? query(...args)
        : unstable_cache(
            () => query(...args),
            [name, process.env.DATA_CACHE_BUILD ?? '', JSON.stringify(args)],
            {
              tags: tags(...args),
              revalidate: hourly,
            },
          )(),
    ),
    // The read itself, for scripts and tests outside Next's server, where there is no data cache
    // (`unstable_cache` throws "incrementalCache missing" there).
    { uncached: query },
  )
