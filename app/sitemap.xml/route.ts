import { absoluteURL } from '@/lib/alternates'
import { sitemapParts } from '@/queries/sitemap'

// Rendered once and kept, rebuilt when a kind's count may have changed (its list tag, carried by
// the counts it reads) or at most hourly.
export const revalidate = 3600

/**
 * The site map's index: the parts of app/sitemaps/sitemap.ts. Next 16 serves each part
 * `generateSitemaps` names at /sitemaps/sitemap/<part>.xml but writes no index of them (its
 * metadata route loader answers only the parts), so this route lists them. robots.txt names it.
 */
export async function GET() {
  const parts = await sitemapParts()
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...parts.map((part) => `<sitemap><loc>${absoluteURL(`/sitemaps/sitemap/${part}.xml`)}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n')
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } })
}
