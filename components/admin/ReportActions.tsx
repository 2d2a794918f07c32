'use client'
import { Button, useField, useForm, useFormFields, useTranslation } from '@payloadcms/ui'
import type { SelectFieldClientComponent } from 'payload'
import type { OwnKey } from '@/i18n/admin'
import { isLocale } from '@/lib/locales'
import { ministryMovesFrom, reportStatusLabels, type ReportStatus } from '@/lib/reportWorkflow'

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
 * new status; recordReportStatus on the server still decides whether the move is allowed.
 */
export const ReportActions: SelectFieldClientComponent = ({ path }) => {
  const { initialValue } = useField<ReportStatus>({ path })
  const { submit } = useForm()
  const { i18n, t } = useTranslation()
  const say = (key: OwnKey) => t(key as never)
  const language = isLocale(i18n.language) ? i18n.language : 'en'
  const slug = useFormFields(([fields]) => fields.slug?.value as string | undefined)
  const comment = useFormFields(([fields]) => fields.statusComment?.value as string | undefined)
  const from: ReportStatus = initialValue ?? 'draft'
  return (
    <div className="field-type report-actions" style={{ marginBottom: 'var(--base)' }}>
      <p className="field-label">{say('fdc:actionStatus')}</p>
      <p data-report-status={from} style={{ fontWeight: 600, margin: '0 0 calc(var(--base) / 2)' }}>
        {reportStatusLabels[from][language]}
      </p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) / 2)' }}>
        {ministryMovesFrom(from).map((to) => (
          <Button
            key={to}
            buttonStyle={to === 'changes_requested' ? 'secondary' : 'primary'}
            margin={false}
            size="small"
            disabled={to === 'changes_requested' && !comment?.trim()}
            tooltip={
              to === 'changes_requested' && !comment?.trim() ? say('fdc:actionCommentFirst') : undefined
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
