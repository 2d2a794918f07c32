import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'
import { listPageRewrites } from './config/listPageRewrites.mjs'
import { securityHeaders } from './config/securityHeaders.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The e2e suite builds into its own folder, so a running demo keeps its build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Payload's admin and the public site share one server; keep server-only packages out of the bundle
  // (pdfkit reads its font metrics from its own folder at run time, which a bundle would lose).
  serverExternalPackages: ['sharp', '@libsql/client', 'libsql', 'pdfkit', 'exceljs'],
  poweredByHeader: false,
  // No ETag. Next makes one by hashing a page's whole HTML, in JavaScript, on every request, even
  // one served from its cache: an eighth of the server's time on the 100 KB events list (profiled
  // under `npm run bench`, issue 10; req/s 334 to 473 on that page in one A/B). What it bought is a
  // 304 for a browser that reloads a page it has, straight or from nginx's cache (which answers
  // If-None-Match with the stored ETag): now that reload gets the page again, 10-20 KB of gzip.
  // Client-side navigation fetches RSC, not the page, and never had one.
  generateEtags: false,
  env: {
    // Next keeps its data cache across builds; each build reads its own keys (queries/cachedQuery.ts),
    // so a query whose code or database changed with the build never returns the previous one's data.
    DATA_CACHE_BUILD: String(Date.now()),
  },
  // Next's cache, keeping pages and data made from readers' queries (lists, search) in memory only,
  // at most `cacheMaxMemorySize`, so made-up queries cannot fill the disk.
  cacheHandler: fileURLToPath(new URL('./config/cacheHandler.mjs', import.meta.url)),
  cacheMaxMemorySize: 64 * 1024 * 1024,
  headers: async () => securityHeaders(),
  // `?page=N` of a list, to its cached page without the proxy (config/listPageRewrites.mjs).
  rewrites: async () => ({ beforeFiles: listPageRewrites }),
  images: {
    // Images are served as the sizes Payload made (card, hero, social), straight from
    // /api/media/file, which asks the media collection's read access on every request. Next's
    // optimiser would keep its own copy for hours and serve it, stale, even after the image was
    // withdrawn (made private or deleted); with `unoptimized` its endpoint answers 404 for everything.
    unoptimized: true,
  },
}

/**
 * withPayload asks for the reader's colour scheme on every route with `Critical-CH`, so Chromium sends
 * a reader's first visit to any page twice (it discards the answer and retries with the hint): a
 * round trip more, about 600 ms on a mobile connection in Lighthouse, for a hint only the admin's
 * theme reads. Scoped to the admin until Payload does it (payloadcms/payload#8079, #17906).
 */
const clientHintsForAdminOnly = (config) => ({
  ...config,
  headers: async () =>
    (await config.headers()).map((entry) =>
      entry.source === '/:path*' && entry.headers.some(({ key }) => key === 'Critical-CH')
        ? { ...entry, source: '/admin/:path*' }
        : entry,
    ),
})

export default clientHintsForAdminOnly(withPayload(nextConfig, { devBundleServerPackages: false }))
