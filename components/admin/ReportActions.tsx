'use client'
import {
  Button,
  useAuth,
  useDocumentInfo,
  useField,
  useForm,
  useFormFields,
  useTranslation,
} from '@payloadcms/ui'
import type { SelectFieldClientComponent } from 'payload'
import type { OwnKey } from '@/i18n/admin'
import { isLocale } from '@/lib/locales'
import { isMinistryReport } from '@/lib/reporter'
import {
  lastSubmitter,
  ministryMovesFrom,
  refuseReportMove,
  reportStatusLabels,
  type ReportStatus,
} from '@/lib/reportWorkflow'

const action: Record<ReportStatus, OwnKey> = {
  draft: 'fdc:actionSubmit',
  submitted: 'fdc:actionSubmit',
  changes_requested: 'fdc:actionRequestChanges',
  approved: 'fdc:actionApprove',
  published: 'fdc:actionPublish',
}

/**
 * The report's status as the review's next steps: request changes (with the comment below),
 * approve, publish; never a select offering every status. Each button saves the report with the
 * new status; recordReportStatus on the server still decides whether the move is allowed. On the
 * ministry's own report, the editor who sent it for review sees Approve greyed out, with why.
 */
export const ReportActions: SelectFieldClientComponent = ({ path }) => {
  const { initialValue } = useField<ReportStatus>({ path })
  const { submit } = useForm()
  const { i18n, t } = useTranslation()
  const say = (key: OwnKey) => t(key as never)
  const language = isLocale(i18n.language) ? i18n.language : 'en'
  const slug = useFormFields(([fields]) => fields.slug?.value as string | undefined)
  const comment = useFormFields(([fields]) => fields.statusComment?.value as string | undefined)
  // As saved: the move is judged on the report the server holds.
  const { savedDocumentData: saved } = useDocumentInfo()
  const { user } = useAuth()
  const from: ReportStatus = initialValue ?? 'draft'
  const needsSecondEditor = (to: ReportStatus) =>
    refuseReportMove({
      from,
      to,
      role: String(user?.role ?? ''),
      comment: 'checked on the server',
      ministryReport: isMinistryReport(saved),
      by: user?.id,
      submittedBy: lastSubmitter(saved?.statusHistory),
    })?.rule === 'reportMoveNeedsSecondEditor'
  return (
    <div className="field-type report-actions" style={{ marginBottom: 'var(--base)' }}>
      <p className="field-label">{say('fdc:actionStatus')}</p>
      <p data-report-status={from} style={{ fontWeight: 600, margin: '0 0 calc(var(--base) / 2)' }}>
        {reportStatusLabels[from][language]}
      </p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) / 2)' }}>
        {ministryMovesFrom(from, isMinistryReport(saved)).map((to) => (
          <Button
            key={to}
            buttonStyle={to === 'changes_requested' ? 'secondary' : 'primary'}
            margin={false}
            size="small"
            disabled={(to === 'changes_requested' && !comment?.trim()) || needsSecondEditor(to)}
            tooltip={
              to === 'changes_requested' && !comment?.trim()
                ? say('fdc:actionCommentFirst')
                : needsSecondEditor(to)
                  ? say('fdc:actionSecondEditor')
                  : undefined
            }
            onClick={() => void submit({ overrides: { status: to } })}
          >
            {say(action[to])}
          </Button>
        ))}
      </div>
      {from === 'published' && slug ? (
        <p style={{ marginTop: 'calc(var(--base) / 2)' }}>
          <a href={`/${language}/reports/${slug}`} target="_blank" rel="noreferrer">
            {say('fdc:actionOpenPublic')}
          </a>
        </p>
      ) : null}
    </div>
  )
}
