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

/** Null when the move is allowed, else the reason, in words for the person who tried. */
export const refuseReportMove = ({ from, to, role, comment }: Move): string | null => {
  const isStaff = role === 'editor' || role === 'admin'
  if (!from) {
    if (isStaff || to === 'draft' || to === 'submitted') return null
    return 'A new report starts as a draft or is submitted straight away; only the ministry approves or publishes.'
  }
  if (from === to) return null
  if (!nextStatuses[from].includes(to))
    return `A report that is ${reportStatusLabels[from].en.toLowerCase()} cannot become ${reportStatusLabels[to].en.toLowerCase()}.`
  if (!isStaff && to !== 'submitted')
    return 'Only the ministry can request changes, approve or publish a report.'
  if (to === 'changes_requested' && !comment?.trim())
    return 'Say what needs to change: a comment is required when requesting changes.'
  return null
}
