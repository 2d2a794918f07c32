import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { mediaDir, objectStore } from '@/config/env'
import { annualReportPdf, type ReportPhoto, type ReportQuote } from '@/lib/annualReportPdf'
import type { ID } from '@/lib/insights'
import { computeInsights } from '@/lib/insights'
import type { Locale } from '@/lib/locales'
import { readInsightRecords } from './insights'

const mostQuotes = 6
const mostPhotos = 6

/** A photo's card size (640 px), as JPEG: pdfkit embeds JPEG and PNG only, and a report stays small. */
const readPhoto = async (payload: Payload, id: ID, caption: string): Promise<ReportPhoto | null> => {
  // Images in a bucket are not on this machine; the report then goes without photos.
  if (objectStore) return null
  const media = await payload
    .findByID({
      collection: 'media',
      id,
      depth: 0,
      overrideAccess: true,
      select: { filename: true, sizes: true, alt: true },
    })
    .catch(() => null)
  const file = media?.sizes?.card?.filename ?? media?.filename
  if (!file) return null
  try {
    const data = await sharp(await readFile(path.join(mediaDir, path.basename(file))))
      .resize({ width: 640, withoutEnlargement: true })
      .jpeg({ quality: 78 })
      .toBuffer()
    return { data, caption: media?.alt ? `${media.alt} · ${caption}` : caption }
  } catch {
    return null
  }
}

/**
 * The year's annual report as a PDF, for the whole ministry or one embassy: the figures of approved
 * and published reports, and the quotes and photos of the published ones (those are public already).
 */
export const buildAnnualReport = async (
  payload: Payload,
  { year, locale, embassy }: { year: number; locale: Locale; embassy?: ID },
) => {
  const records = await readInsightRecords(payload, locale)
  const insights = computeInsights(records, {
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    embassy: embassy === undefined ? undefined : String(embassy),
  })
  const audienceOf = new Map<string, number>()
  for (const row of insights.rows)
    audienceOf.set(String(row.report.id), (audienceOf.get(String(row.report.id)) ?? 0) + row.attendance)
  // The best of the published: the reports with the largest audiences first.
  const published = insights.reports
    .filter((report) => report.status === 'published')
    .sort((a, b) => (audienceOf.get(String(b.id)) ?? 0) - (audienceOf.get(String(a.id)) ?? 0))
  const eventTitle = (report: { event: ID }) => records.events.get(String(report.event))?.title ?? ''
  const quotes: ReportQuote[] = published
    .flatMap((report) =>
      report.quotes
        .filter((quote) => quote.text?.trim() && quote.person)
        .slice(0, 1)
        .map((quote) => ({
          text: quote.text!.trim(),
          person: quote.person!,
          role: quote.role,
          event: eventTitle(report),
        })),
    )
    .slice(0, mostQuotes)
  const photos: ReportPhoto[] = []
  for (const report of published) {
    if (photos.length >= mostPhotos) break
    const first = report.photos[0]
    if (first === undefined) continue
    const photo = await readPhoto(payload, first, eventTitle(report))
    if (photo) photos.push(photo)
  }
  const embassyName = embassy === undefined ? undefined : records.embassies.get(String(embassy))?.name
  return annualReportPdf({
    year,
    locale,
    embassy: embassyName,
    insights,
    quotes,
    photos,
    generatedAt: new Date(),
  })
}
