// Next's own page and data cache (its file-system cache), with one change: what readers can make up
// in any number is kept in memory only, where it is bounded, never on disk, where it is not.
//
// Every canonical query of a list or search (proxy.ts → /{locale}/_lists/…) is a page rendered on
// its first request and kept. There are few lists but endless queries: anyone can ask for
// ?q=aa, ?q=ab, … and Next's file-system cache writes each page (HTML, RSC and segment files, about
// 100 KB) and its data to disk and never removes them, so a script could fill the disk. The memory
// store is an LRU bounded by `cacheMaxMemorySize` (next.config.mjs): there, a flood of made-up
// queries pushes out older ones and the server renders them again when asked. Pages everybody opens
// (events, films, reports, home) stay on disk as before and survive a restart.
//
// Why a subclass of Next's handler and not one of our own: tag expiry, build seeds and the memory
// store are Next's, and must stay exactly Next's; the class is loaded from `next` at the version
// pinned in package.json (16.4.5), so an upgrade that moves it fails at start, not silently.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const { default: FileSystemCache } = require('next/dist/server/lib/incremental-cache/file-system-cache.js')

/** The data tag of reads whose arguments come from a reader (lib/cacheTags.ts, `cacheTag.readerShaped`). */
export const readerShapedTag = 'reader-shaped'

/** Whether an entry was made from a reader's query: a list page, or data read for one. */
export const isReaderShaped = (key, ctx) =>
  ctx?.fetchCache ? Boolean(ctx.tags?.includes(readerShapedTag)) : key.includes('/_lists/')

export default class BoundedCacheHandler extends FileSystemCache {
  async set(key, data, ctx) {
    if (!isReaderShaped(key, ctx)) return super.set(key, data, ctx)
    // What FileSystemCache.set keeps in memory, without the files it writes after it.
    FileSystemCache.memoryCache?.set(key, {
      value: data,
      lastModified: Date.now(),
      cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl,
    })
  }
}
