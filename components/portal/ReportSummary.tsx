import type { Locale } from '@/lib/locales'
import { intlLocale } from '@/lib/locales'
import type { PortalText } from '@/lib/portalText'
import { plainFromRichText } from '@/lib/richText'
import type { Report } from '@/payload-types'

/** What the embassy sent, read-only: while the ministry has it, or once it is approved. */
export function ReportSummary({
  report,
  screeningLabels,
  locale,
  text,
}: {
  report: Report
  screeningLabels: Map<string, string>
  locale: Locale
  text: PortalText
}) {
  const number = new Intl.NumberFormat(intlLocale(locale))
  const body = plainFromRichText(report.body)
  const list = (heading: string, items: string[]) =>
    items.length > 0 && (
      <div>
        <dt className="font-semibold text-steppe-900">{heading}</dt>
        <dd>
          <ul className="list-disc pl-5">
            {items.map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </ul>
        </dd>
      </div>
    )
  return (
    <section aria-labelledby="sent" className="rounded-lg bg-white p-5 shadow-sm">
      <h2 id="sent" className="text-xl font-semibold text-steppe-900">
        {text.sections.basics}
      </h2>
      <dl className="mt-3 space-y-4">
        {list(
          text.sections.screenings,
          (report.screenings ?? []).map(
            (row) =>
              `${screeningLabels.get(String(typeof row.screening === 'object' ? row.screening?.id : row.screening)) ?? ''}: ${row.attendance === null || row.attendance === undefined ? '—' : number.format(row.attendance)}`,
          ),
        )}
        {typeof report.totalAttendance === 'number' && (
          <div>
            <dt className="font-semibold text-steppe-900">{text.totalAttendance}</dt>
            <dd>{number.format(report.totalAttendance)}</dd>
          </div>
        )}
        {list(
          text.partnerName,
          (report.partners ?? []).map((row) => row.name ?? ''),
        )}
        {list(
          text.guestName,
          (report.guests ?? []).map((row) => [row.name, row.role].filter(Boolean).join(', ')),
        )}
        {list(
          text.sections.press,
          (report.pressCoverage ?? []).map((row) => [row.outlet, row.headline].filter(Boolean).join(': ')),
        )}
        {list(
          text.sections.quotes,
          (report.quotes ?? []).map((row) => `“${row.text ?? ''}” (${row.person ?? ''})`),
        )}
        {list(
          text.sections.outcomes,
          (report.outcomes ?? []).map((row) => [row.counterpart, row.description].filter(Boolean).join(': ')),
        )}
        {body && (
          <div>
            <dt className="font-semibold text-steppe-900">{text.story}</dt>
            <dd className="whitespace-pre-line">{body}</dd>
          </div>
        )}
      </dl>
    </section>
  )
}
