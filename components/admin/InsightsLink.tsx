import type { ServerProps } from 'payload'
import { isMinistry } from '@/access/roles'
import { isLocale } from '@/lib/locales'
import { insightsWords } from '@/lib/insightsText'

/** Insights in the admin's navigation, beside the review queue, for the ministry's staff. */
export function InsightsLink({ i18n, user }: ServerProps) {
  if (!isMinistry(user)) return null
  const words = insightsWords[isLocale(i18n.language) ? i18n.language : 'en']
  return (
    <a
      href="/admin/insights"
      className="nav__link"
      id="nav-insights"
      style={{ display: 'block', padding: 'calc(var(--base) / 4) 0', fontWeight: 600 }}
    >
      {words.insights}
    </a>
  )
}
