import { isLocale, type Locale } from './locales'

/** The year and language an annual report address asks for, or the reason it cannot be made. */
export const annualReportRequest = (
  params: URLSearchParams,
  fallbackLocale: Locale,
  now = new Date(),
): { year: number; locale: Locale } | { problem: string } => {
  const year = Number(params.get('year') ?? now.getUTCFullYear())
  if (!Number.isInteger(year) || year < 1990 || year > now.getUTCFullYear())
    return { problem: `Ask for a year between 1990 and ${now.getUTCFullYear()}.` }
  const asked = params.get('locale')
  if (asked !== null && !isLocale(asked)) return { problem: 'Ask for locale kk, ru or en.' }
  return { year, locale: isLocale(asked) ? asked : fallbackLocale }
}

export const pdfResponse = (pdf: Buffer, name: string) =>
  new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${name}.pdf"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
