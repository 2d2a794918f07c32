import { relation } from './relation'

/**
 * Who reports on an event: an embassy (through the portal), or the ministry itself, in its own name
 * or a delegation's (a festival report: Cannes, a pavilion, a screening at the UN).
 */
export const reporterKinds = ['embassy', 'ministry', 'delegation'] as const
export type ReporterKind = (typeof reporterKinds)[number]

export const reporterLabels: Record<ReporterKind, { en: string; ru: string; kk: string }> = {
  embassy: { en: 'Embassy', ru: 'Посольство', kk: 'Елшілік' },
  ministry: { en: 'Ministry', ru: 'Министерство', kk: 'Министрлік' },
  delegation: { en: 'Delegation', ru: 'Делегация', kk: 'Делегация' },
}

type Reported = { reportedBy?: string | null; embassy?: unknown; delegation?: string | null }

/** A report the ministry writes itself: no embassy, and a second editor approves it. */
export const isMinistryReport = (report: Reported | null | undefined): boolean =>
  report?.reportedBy === 'ministry' || report?.reportedBy === 'delegation'

/**
 * The name a reader sees as the report's author: the delegation's, the ministry's (`ministry`, in
 * the reader's language), or the embassy's when it came populated.
 */
export const reporterName = (report: Reported, ministry: string): string => {
  if (report.reportedBy === 'delegation' && report.delegation?.trim()) return report.delegation
  if (isMinistryReport(report)) return ministry
  return relation<{ name?: string | null }>(report.embassy)?.name ?? ''
}
