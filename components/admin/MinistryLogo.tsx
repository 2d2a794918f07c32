import type { ServerProps } from 'payload'
import type { OwnKey } from '@/i18n/admin'
import { MinistryMark } from './MinistryMark'

/** The sign-in page's logo: the ministry's mark and the site's name, in the admin's language. */
export function MinistryLogo({ i18n }: Partial<ServerProps>) {
  const t = (key: OwnKey) => (i18n ? i18n.t(key as never) : 'Kazakh Cinema Abroad')
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: '0.75rem' }}>
      <MinistryMark size={56} />
      <span style={{ display: 'grid', lineHeight: 1.2 }}>
        <strong style={{ fontSize: '1.5rem' }}>{t('fdc:siteName')}</strong>
        <span style={{ opacity: 0.75 }}>{t('fdc:ministryName')}</span>
      </span>
    </span>
  )
}
