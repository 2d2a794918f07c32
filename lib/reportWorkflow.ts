// The life of a report, from its draft to the public page: an embassy's, reviewed by the ministry,
// or the ministry's own (a festival report), reviewed by a second editor of the ministry.
import { sameID, type IDLike } from './extractID'

export const reportStatuses = ['draft', 'submitted', 'changes_requested', 'approved', 'published'] as const
export type ReportStatus = (typeof reportStatuses)[number]

export const reportStatusLabels: Record<ReportStatus, { en: string; ru: string; kk: string }> = {
  draft: { en: 'Draft', ru: 'Черновик', kk: 'Жоба' },
  submitted: { en: 'Submitted', ru: 'Отправлен', kk: 'Министрлікке жіберілді' },
  changes_requested: { en: 'Changes requested', ru: 'Нужны исправления', kk: 'Пысықтауға қайтарылды' },
  approved: { en: 'Approved', ru: 'Одобрен', kk: 'Мақұлданды' },
  published: { en: 'Published', ru: 'Опубликован', kk: 'Жарияланды' },
}

/** Where a report may go next. Staying put (an edit) is always a move, for whoever may edit. */
const nextStatuses: Record<ReportStatus, ReportStatus[]> = {
  draft: ['submitted'],
  submitted: ['changes_requested', 'approved'],
  changes_requested: ['submitted'],
  approved: ['published', 'changes_requested'],
  published: ['approved'],
}

/**
 * The moves the ministry can make from a status, as the review's action buttons offer them. On its
 * own reports the ministry also holds the pen, so it sends them for review too.
 */
export const ministryMovesFrom = (from: ReportStatus, ministryReport = false): ReportStatus[] =>
  nextStatuses[from].filter((to) => ministryReport || to !== 'submitted')

/** Statuses in which the embassy still holds the pen. */
export const embassyEditableStatuses: ReportStatus[] = ['draft', 'changes_requested']

type Move = {
  from?: ReportStatus | null
  to: ReportStatus
  role: string
  comment?: string | null
  /** The ministry writes this report itself: a second editor approves it. */
  ministryReport?: boolean
  /** Who is moving it, and who last sent it for review. */
  by?: IDLike
  submittedBy?: IDLike
}

/** Who last sent a report for review, from its history: the one who may not approve his own. */
export const lastSubmitter = (
  history: { status?: string | null; changedBy?: IDLike }[] | null | undefined,
): IDLike => [...(history ?? [])].reverse().find((step) => step.status === 'submitted')?.changedBy

/** Why a move is refused, by its key in the message catalogue (i18n/admin/ruleWords.ts). */
export type RefusedMove =
  | {
      rule:
        | 'reportStartsAsDraft'
        | 'reportMoveOnlyMinistry'
        | 'reportMoveNeedsComment'
        | 'reportMoveNeedsSecondEditor'
    }
  | { rule: 'reportMoveNotAllowed'; from: ReportStatus; to: ReportStatus }

/** Null when the move is allowed, else the reason, for the person who tried. */
export const refuseReportMove = ({
  from,
  to,
  role,
  comment,
  ministryReport,
  by,
  submittedBy,
}: Move): RefusedMove | null => {
  const isStaff = role === 'editor' || role === 'admin'
  if (!from) {
    // The ministry's own report starts where anyone's does, or it would skip its second editor.
    if ((isStaff && !ministryReport) || to === 'draft' || to === 'submitted') return null
    return { rule: 'reportStartsAsDraft' }
  }
  if (from === to) return null
  if (!nextStatuses[from].includes(to)) return { rule: 'reportMoveNotAllowed', from, to }
  if (!isStaff && to !== 'submitted') return { rule: 'reportMoveOnlyMinistry' }
  if (to === 'changes_requested' && !comment?.trim()) return { rule: 'reportMoveNeedsComment' }
  if (ministryReport && from === 'submitted' && to === 'approved' && sameID(by, submittedBy))
    return { rule: 'reportMoveNeedsSecondEditor' }
  return null
}
