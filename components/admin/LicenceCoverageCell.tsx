import type { DefaultServerCellComponentProps } from 'payload'
import type { OwnKey } from '@/i18n/admin'
import { licenceCoverage } from '@/lib/licenceCoverage'
import { isLocale } from '@/lib/locales'

/** The films list's licence column: territories and until when, in the admin's language. */
export function LicenceCoverageCell({ cellData, i18n }: DefaultServerCellComponentProps) {
  const language = isLocale(i18n.language) ? i18n.language : 'en'
  return (
    <span>{licenceCoverage(cellData, language, i18n.t('fdc:deskWorldwide' satisfies OwnKey as never))}</span>
  )
}
