import { absoluteURL } from '@/lib/alternates'
import { isLocale, locales } from '@/lib/locales'
import { reporterName } from '@/lib/reporter'
import { plainFromRichText } from '@/lib/richText'
import { siteText } from '@/lib/siteText'
import { queryLatestReports } from '@/queries/reports'

// One feed per language, kept until a report is published or changed (the `reports` tag).
export const revalidate = 3600
export const generateStaticParams = () => locales.map((locale) => ({ locale }))

const escapeXML = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * Published reports as an RSS 2.0 feed, in the reader's language. Who reported (the embassy, the
 * ministry or its delegation) is the item's `dc:creator`: RSS's own `author` must be an email address.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const text = siteText(locale)
  const reports = await queryLatestReports(locale)
  const newest = reports.map((report) => report.publishedAt).find(Boolean)
  const items = reports.map((report) => {
    const url = absoluteURL(`/${locale}/reports/${report.slug}`)
    const reporter = reporterName(report, text.publisherName)
    return `    <item>
      <title>${escapeXML(report.title ?? '')}</title>
      <link>${url}</link>
      <guid isPermaLink="true">${url}</guid>
      ${report.publishedAt ? `<pubDate>${new Date(report.publishedAt).toUTCString()}</pubDate>` : ''}
      ${reporter ? `<dc:creator>${escapeXML(reporter)}</dc:creator>` : ''}
      <description>${escapeXML(plainFromRichText(report.body).slice(0, 500))}</description>
    </item>`
  })
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeXML(text.siteName)}</title>
    <link>${absoluteURL(`/${locale}`)}</link>
    <atom:link href="${absoluteURL(`/${locale}/feed.xml`)}" rel="self" type="application/rss+xml"/>
    <description>${escapeXML(text.tagline)}</description>
    <language>${locale}</language>
${newest ? `    <lastBuildDate>${new Date(newest).toUTCString()}</lastBuildDate>\n` : ''}${items.join('\n')}
  </channel>
</rss>
`
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600',
    },
  })
}
