import type { ServerProps } from 'payload'
import { isMinistry } from '@/access/roles'
import type { OwnKey } from '@/i18n/admin'

/** The review queue in the admin's navigation, for the ministry's staff, with how many wait. */
export async function ReviewQueueLink({ i18n, payload, user }: ServerProps) {
  if (!isMinistry(user)) return null
  const { totalDocs } = await payload.count({
    collection: 'reports',
    where: { status: { equals: 'submitted' } },
    user,
    overrideAccess: false,
  })
  return (
    <a
      href="/admin/review"
      className="nav__link"
      id="nav-review-queue"
      style={{ display: 'block', padding: 'calc(var(--base) / 4) 0', fontWeight: 600 }}
    >
      {i18n.t('fdc:reviewQueue' satisfies OwnKey as never)}
      {totalDocs ? ` (${totalDocs})` : ''}
    </a>
  )
}
