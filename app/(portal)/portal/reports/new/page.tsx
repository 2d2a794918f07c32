import type { Metadata } from 'next'
import Link from 'next/link'
import { portalLocale, requireEmbassyStaff } from '@/auth/portalAccess'
import { NewReportForm } from '@/components/portal/NewReportForm'
import { PortalFrame } from '@/components/portal/PortalFrame'
import { PortalMessages } from '@/components/portal/PortalMessages'
import { portalMessagesFor } from '@/lib/portalMessages'
import { portalText } from '@/lib/portalText'
import { extractID, type IDLike } from '@/lib/extractID'
import { queryEmbassyEvents, queryEmbassyReports } from '@/queries/portal'

export const generateMetadata = async (): Promise<Metadata> => ({
  title: portalText(await portalLocale()).titles.newReport,
})

export default async function NewReport({ searchParams }: { searchParams: Promise<{ event?: string }> }) {
  const { user } = await requireEmbassyStaff('/portal/reports/new')
  const locale = await portalLocale()
  const text = portalText(locale)
  const { event } = await searchParams
  // A report tells what happened: only events that have begun can have one.
  const today = new Date().toISOString().slice(0, 10)
  const events = (await queryEmbassyEvents(user, locale)).filter(
    (item) => item.startsOn.slice(0, 10) <= today,
  )
  // One report per embassy and event: an event that has one offers it, not a second.
  const reportOn = new Map(
    (await queryEmbassyReports(user, locale)).map((report) => [
      String(extractID(report.event as IDLike)),
      report.id,
    ]),
  )
  return (
    <PortalFrame returnTo="/portal/reports/new">
      <Link href="/portal" className="text-sm text-steppe-700 underline underline-offset-4">
        ← {text.back}
      </Link>
      <div className="mt-4 max-w-xl rounded-lg bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-bold text-steppe-900">{text.newReport}</h1>
        <div className="mt-5">
          {events.length === 0 ? (
            <p>{text.noEventsToReport}</p>
          ) : (
            <PortalMessages locale={locale} messages={portalMessagesFor(locale, 'NewReportForm')}>
              <NewReportForm
                locale={locale}
                events={events.map(({ id, title }) => ({
                  id,
                  title: title ?? '',
                  report: reportOn.get(String(id)),
                }))}
                chosen={event}
              />
            </PortalMessages>
          )}
        </div>
      </div>
    </PortalFrame>
  )
}
