import type { AdminViewServerProps } from 'payload'
import { isMinistry } from '@/access/roles'
import { AdminPage } from './AdminPage'
import type { OwnKey } from '@/i18n/admin'
import { labelIn } from '@/i18n/ruleMessage'
import { isLocale } from '@/lib/locales'
import { reporterLabels, reporterName } from '@/lib/reporter'
import { reportStatusLabels, type ReportStatus } from '@/lib/reportWorkflow'

type Row = {
  id: number | string
  title: string
  embassy: string
  event: string
  since: Date
  writtenIn?: string | null
  comment?: string | null
}

const days = (since: Date) => Math.max(0, Math.floor((Date.now() - since.getTime()) / 86_400_000))

/**
 * The editors' desk: reports the embassies sent, oldest first, and those waiting on someone else.
 * Each opens in the report's edit view, where the status and the comment on the step are set.
 */
export async function ReviewQueue({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const t = (key: OwnKey, vars?: Record<string, unknown>) => req.i18n.t(key as never, vars)
  const language = isLocale(req.i18n.language) ? req.i18n.language : 'en'
  const statusLabel = (value: ReportStatus) => reportStatusLabels[value][language]
  const template = (children: React.ReactNode) => (
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams}>
      {children}
    </AdminPage>
  )
  if (!isMinistry(req.user)) return template(<p>{t('fdc:reviewQueueOnlyMinistry')}</p>)

  const { docs } = await req.payload.find({
    collection: 'reports',
    depth: 1,
    pagination: false,
    sort: 'updatedAt',
    user: req.user,
    overrideAccess: false,
    locale: req.locale ?? 'en',
    where: { status: { in: ['submitted', 'changes_requested', 'approved'] } },
    select: {
      title: true,
      status: true,
      reportedBy: true,
      embassy: true,
      delegation: true,
      event: true,
      statusHistory: true,
      writtenIn: true,
      updatedAt: true,
    },
    populate: { embassies: { name: true }, events: { title: true } },
  })
  const rowsIn = (status: ReportStatus): Row[] =>
    docs
      .filter((doc) => doc.status === status)
      .map((doc) => {
        const step = [...(doc.statusHistory ?? [])].reverse().find((entry) => entry.status === status)
        return {
          id: doc.id,
          title: doc.title ?? '',
          // Who reported: the embassy, or the ministry itself (its delegation, by name).
          embassy: reporterName(doc, labelIn(req, reporterLabels.ministry, 'Ministry')),
          event: typeof doc.event === 'object' ? (doc.event?.title ?? '') : '',
          since: new Date(step?.changedAt ?? doc.updatedAt),
          writtenIn: doc.writtenIn,
          comment: step?.comment,
        }
      })
      .sort((a, b) => a.since.getTime() - b.since.getTime())

  const table = (status: ReportStatus, heading: string, empty: string) => {
    const rows = rowsIn(status)
    return (
      <section style={{ marginBottom: 'calc(var(--base) * 2)' }} aria-labelledby={`queue-${status}`}>
        <h2 id={`queue-${status}`}>
          {heading} ({rows.length})
        </h2>
        {rows.length === 0 ? (
          <p>{empty}</p>
        ) : (
          <div className="table">
            <table cellPadding={0} cellSpacing={0}>
              <thead>
                <tr>
                  <th>{t('fdc:columnReport')}</th>
                  <th>{t('fdc:columnEmbassy')}</th>
                  <th>{t('fdc:columnEvent')}</th>
                  <th>{t('fdc:columnSince')}</th>
                  <th>{t('fdc:columnWrittenIn')}</th>
                  <th>{t('fdc:columnLastComment')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id} data-report-id={row.id}>
                    <td>
                      <a
                        href={`/admin/collections/reports/${row.id}${row.writtenIn ? `?locale=${row.writtenIn}` : ''}`}
                      >
                        {row.title}
                      </a>
                    </td>
                    <td>{row.embassy}</td>
                    <td>{row.event}</td>
                    <td>
                      {row.since.toISOString().slice(0, 10)} (
                      {t('fdc:daysWaiting', { count: days(row.since) })})
                    </td>
                    <td>{row.writtenIn ?? ''}</td>
                    <td>{row.comment ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    )
  }

  return template(
    <>
      <h1 style={{ margin: 'calc(var(--base) * 1.5) 0' }}>{t('fdc:reviewQueue')}</h1>
      <p style={{ marginBottom: 'calc(var(--base) * 1.5)', maxWidth: '60ch' }}>{t('fdc:reviewQueueHowTo')}</p>
      {table(
        'submitted',
        t('fdc:reviewQueueSubmitted', { status: statusLabel('submitted') }),
        t('fdc:reviewQueueNoneSubmitted'),
      )}
      {table(
        'approved',
        t('fdc:reviewQueueApproved', { status: statusLabel('approved') }),
        t('fdc:reviewQueueNoneApproved'),
      )}
      {table(
        'changes_requested',
        t('fdc:reviewQueueChangesRequested', { status: statusLabel('changes_requested') }),
        t('fdc:reviewQueueNoneChangesRequested'),
      )}
    </>,
  )
}
