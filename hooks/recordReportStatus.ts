import type { CollectionBeforeChangeHook } from 'payload'
import { isMinistryReport } from '../lib/reporter'
import { lastSubmitter, refuseReportMove, reportStatusLabels, type ReportStatus } from '../lib/reportWorkflow'
import { labelIn, ruleMessage } from '../i18n/ruleMessage'
import { refuse } from './refuse'

/**
 * Checks that a status change is a move this person may make, and writes who made it, when and
 * why into the report's history. The comment is consumed: it lives on in the history entry. The
 * ministry's own reports need a second editor: whoever sent one for review does not approve it.
 */
export const recordReportStatus: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const from: ReportStatus | null = operation === 'update' ? (originalDoc?.status ?? 'draft') : null
  const to: ReportStatus = data.status ?? from ?? 'draft'
  const comment: string | undefined = data.statusComment?.trim() || undefined
  // Without a user this is the system itself (seed, migration); people always come with one.
  if (req.user) {
    const reason = refuseReportMove({
      from,
      to,
      role: String(req.user.role),
      comment,
      ministryReport: isMinistryReport({ ...originalDoc, ...data }),
      by: req.user.id,
      submittedBy: lastSubmitter(originalDoc?.statusHistory),
    })
    if (reason) {
      const status = (code: ReportStatus) => labelIn(req, reportStatusLabels[code], code).toLowerCase()
      const message =
        reason.rule === 'reportMoveNotAllowed'
          ? ruleMessage(req, reason.rule, { from: status(reason.from), to: status(reason.to) })
          : ruleMessage(req, reason.rule)
      refuse('reports', [{ path: 'status', message }], req)
    }
  }
  data.status = to
  data.statusComment = null
  if (from !== to || comment) {
    const history = Array.isArray(data.statusHistory)
      ? data.statusHistory
      : (originalDoc?.statusHistory ?? [])
    data.statusHistory = [
      ...history,
      {
        status: to,
        changedBy: req.user?.id ?? null,
        changedAt: new Date().toISOString(),
        comment: comment ?? null,
      },
    ]
    if (to === 'published' && !originalDoc?.publishedAt) data.publishedAt = new Date().toISOString()
  }
  return data
}
