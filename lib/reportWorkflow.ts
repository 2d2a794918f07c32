// The life of an embassy report, from the embassy's draft to the public page.
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

/** The moves the ministry can make from a status, as the review's action buttons offer them. */
export const ministryMovesFrom = (from: ReportStatus): ReportStatus[] =>
  nextStatuses[from].filter((to) => to !== 'submitted')

/** Statuses in which the embassy still holds the pen. */
export const embassyEditableStatuses: ReportStatus[] = ['draft', 'changes_requested']

type Move = { from?: ReportStatus | null; to: ReportStatus; role: string; comment?: string | null }

/** Why a move is refused, by its key in the message catalogue (i18n/admin/ruleWords.ts). */
export type RefusedMove =
  | { rule: 'reportStartsAsDraft' | 'reportMoveOnlyMinistry' | 'reportMoveNeedsComment' }
  | { rule: 'reportMoveNotAllowed'; from: ReportStatus; to: ReportStatus }

/** Null when the move is allowed, else the reason, for the person who tried. */
export const refuseReportMove = ({ from, to, role, comment }: Move): RefusedMove | null => {
  const isStaff = role === 'editor' || role === 'admin'
  if (!from) {
    if (isStaff || to === 'draft' || to === 'submitted') return null
    return { rule: 'reportStartsAsDraft' }
  }
  if (from === to) return null
  if (!nextStatuses[from].includes(to)) return { rule: 'reportMoveNotAllowed', from, to }
  if (!isStaff && to !== 'submitted') return { rule: 'reportMoveOnlyMinistry' }
  if (to === 'changes_requested' && !comment?.trim()) return { rule: 'reportMoveNeedsComment' }
  return null
}
