import type { ReportStatus } from '@/lib/reportWorkflow'

const colours: Record<ReportStatus, string> = {
  draft: 'bg-slate-200 text-slate-900',
  submitted: 'bg-sky-100 text-sky-900',
  changes_requested: 'bg-amber-100 text-amber-900',
  approved: 'bg-emerald-100 text-emerald-900',
  published: 'bg-emerald-700 text-white',
}

export function StatusBadge({ status, label }: { status: ReportStatus; label: string }) {
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-medium ${colours[status]}`}>
      {label}
    </span>
  )
}
