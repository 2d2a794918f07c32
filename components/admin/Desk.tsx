import type { ServerProps, TypedUser } from 'payload'
import { isMinistry } from '@/access/roles'
import { overdueReportDays } from '@/config/env'
import type { OwnKey } from '@/i18n/admin'
import { countryName, WORLDWIDE } from '@/lib/countries'
import { intlLocale, isLocale } from '@/lib/locales'
import { reporterLabels } from '@/lib/reporter'
import {
  eventsThisMonthAndNext,
  licencesExpiringSoon,
  overdueReports,
  pagesMissingALanguage,
  reportsWaitingForReview,
} from '@/queries/desk'

const shown = 8

/**
 * The ministry's desk above the admin's collection cards: what needs attention today, each item
 * opening the filtered list behind it. Embassy staff never see it; they work in the portal.
 */
export async function Desk({ i18n, payload, user }: ServerProps) {
  if (!user || !isMinistry(user)) return null
  const t = (key: OwnKey, vars?: Record<string, unknown>) => i18n.t(key as never, vars)
  const language = isLocale(i18n.language) ? i18n.language : 'en'
  const date = (value: Date) =>
    value.toLocaleDateString(intlLocale(language), {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    })
  const who = { payload, user: user as TypedUser }
  const [waiting, overdue, coming, licences, untranslated] = await Promise.all([
    reportsWaitingForReview(who),
    overdueReports({ ...who, graceDays: overdueReportDays }),
    eventsThisMonthAndNext(who),
    licencesExpiringSoon(who),
    pagesMissingALanguage(who),
  ])
  const collectionName = (slug: string) => {
    const labels = payload.collections[slug as 'events']?.config.labels.plural as
      Record<string, string> | undefined
    return labels?.[language] ?? slug
  }

  const card = (
    id: string,
    heading: string,
    count: number,
    link: string | null,
    empty: string,
    items: React.ReactNode[],
  ) => (
    <section key={id} className="desk__card" aria-labelledby={`desk-${id}`} data-desk={id}>
      <h2 id={`desk-${id}`}>
        {link && count ? <a href={link}>{heading}</a> : heading} <span className="desk__count">{count}</span>
      </h2>
      {count === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul>
          {items.slice(0, shown)}
          {items.length > shown && link ? (
            <li>
              <a href={link}>{t('fdc:deskMore', { count: items.length - shown })}</a>
            </li>
          ) : null}
        </ul>
      )}
    </section>
  )

  return (
    <div className="desk">
      <style>{`
        .desk { margin-bottom: calc(var(--base) * 2); }
        .desk h1 { margin: calc(var(--base) * 1.5) 0 var(--base); }
        .desk__grid { display: grid; gap: var(--base); grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr)); }
        .desk__card { border: 1px solid var(--theme-elevation-150); border-radius: 4px; padding: var(--base); background: var(--theme-elevation-0); }
        .desk__card h2 { font-size: 1.1rem; margin: 0 0 calc(var(--base) / 2); display: flex; justify-content: space-between; gap: var(--base); }
        .desk__count { font-variant-numeric: tabular-nums; }
        .desk__card ul { margin: 0; padding: 0; list-style: none; }
        .desk__card li { padding: calc(var(--base) / 4) 0; border-top: 1px solid var(--theme-elevation-100); }
        .desk__card p { margin: 0; color: var(--theme-elevation-600); }
        .desk__note { color: var(--theme-elevation-600); font-size: 0.85em; }
      `}</style>
      <h1>{t('fdc:deskHeading')}</h1>
      <div className="desk__grid">
        {card(
          'waiting',
          t('fdc:deskWaiting'),
          waiting.reports.length,
          waiting.link,
          t('fdc:reviewQueueNoneSubmitted'),
          waiting.reports.map((report) => (
            <li key={report.id}>
              {/* Opens in the language the embassy wrote in: that is the text to review. */}
              <a
                href={`/admin/collections/reports/${report.id}${report.writtenIn ? `?locale=${report.writtenIn}` : ''}`}
              >
                {report.title}
              </a>{' '}
              <span className="desk__note">
                {report.embassy || (report.ministryReport ? reporterLabels.ministry[language] : '')} ·{' '}
                {t('fdc:deskDaysWaiting', { count: report.daysWaiting })}
              </span>
            </li>
          )),
        )}
        {card(
          'overdue',
          t('fdc:deskOverdue', { days: overdueReportDays }),
          overdue.events.length,
          overdue.link,
          t('fdc:deskNoneOverdue'),
          overdue.events.map((event) => (
            <li key={event.id}>
              <a href={`/admin/collections/events/${event.id}`}>{event.title}</a>{' '}
              <span className="desk__note">
                {event.embassy} · {t('fdc:deskDaysOverdue', { count: event.daysOverdue })}
              </span>
            </li>
          )),
        )}
        {card(
          'coming',
          t('fdc:deskComing'),
          coming.events.length,
          coming.link,
          t('fdc:deskNoneComing'),
          coming.events.map((event) => (
            <li key={event.id}>
              <a href={`/admin/collections/events/${event.id}`}>{event.title}</a>{' '}
              <span className="desk__note">
                {date(event.startsOn)}
                {event.endsOn && event.endsOn.getTime() !== event.startsOn.getTime()
                  ? ` – ${date(event.endsOn)}`
                  : ''}
                {event.country ? ` · ${countryName(event.country, language)}` : ''}
                {event.status === 'draft' ? ` · ${t('fdc:deskDraft')}` : ''}
              </span>
            </li>
          )),
        )}
        {card(
          'licences',
          t('fdc:deskLicences'),
          licences.licences.length,
          licences.link,
          t('fdc:deskNoneLicences'),
          licences.licences.map((licence, index) => (
            <li key={`${licence.id}-${index}`}>
              <a href={`/admin/collections/films/${licence.id}`}>{licence.title}</a>{' '}
              <span className="desk__note">
                {licence.territories
                  .map((code) => (code === WORLDWIDE ? t('fdc:deskWorldwide') : countryName(code, language)))
                  .join(', ')}{' '}
                ·{' '}
                {t('fdc:deskLicenceUntil', { date: date(licence.validTo), count: licence.plannedScreenings })}
              </span>
            </li>
          )),
        )}
        {card(
          'untranslated',
          t('fdc:deskUntranslated'),
          untranslated.reduce((sum, row) => sum + row.count, 0),
          null,
          t('fdc:deskNoneUntranslated'),
          untranslated.map((row) => (
            <li key={`${row.collection}-${row.locale}`}>
              <a href={row.link}>
                {collectionName(row.collection)}:{' '}
                {t('fdc:deskMissingIn', { language: row.locale.toUpperCase() })}
              </a>{' '}
              <span className="desk__count">{row.count}</span>
            </li>
          )),
        )}
      </div>
    </div>
  )
}
