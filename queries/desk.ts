import type { Payload, TypedUser, Where } from 'payload'
import { adminListURL } from '../lib/adminListURL'
import { extractID, sameID } from '../lib/extractID'
import { locales, type Locale } from '../lib/locales'
import { isMinistryReport, reporterName } from '../lib/reporter'

/**
 * What the ministry's desk (the admin's first screen) counts. Every read goes through the Local
 * API as the signed-in user (`overrideAccess: false`), with plain `where` clauses that SQLite and
 * MongoDB both answer; joins between collections are done here, in memory, on small result sets.
 */

const dayMs = 86_400_000
const daysBetween = (from: Date, to: Date) => Math.max(0, Math.floor((to.getTime() - from.getTime()) / dayMs))
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * dayMs)

type Who = { payload: Payload; user: TypedUser; now?: Date }
type Title = string | null | undefined

export type WaitingReport = {
  id: number | string
  title: string
  /** Who reported: the embassy's or the delegation's name; empty for the ministry's own. */
  embassy: string
  ministryReport: boolean
  writtenIn: string | null
  submittedAt: Date
  daysWaiting: number
}

/** Reports sent to the ministry and not yet answered, the longest-waiting first. */
export const reportsWaitingForReview = async ({ payload, user, now = new Date() }: Who) => {
  const where: Where = { status: { equals: 'submitted' } }
  const { docs } = await payload.find({
    collection: 'reports',
    where,
    user,
    overrideAccess: false,
    pagination: false,
    depth: 1,
    select: {
      title: true,
      reportedBy: true,
      embassy: true,
      delegation: true,
      writtenIn: true,
      statusHistory: true,
      updatedAt: true,
    },
    populate: { embassies: { name: true } },
  })
  const reports: WaitingReport[] = docs
    .map((doc) => {
      // Waiting since the latest submission: a report sent back and resubmitted starts again.
      const sent = [...(doc.statusHistory ?? [])].reverse().find((step) => step.status === 'submitted')
      const submittedAt = new Date(sent?.changedAt ?? doc.updatedAt)
      return {
        id: doc.id,
        title: (doc.title as Title) ?? '',
        embassy: reporterName(doc, ''),
        ministryReport: isMinistryReport(doc),
        writtenIn: doc.writtenIn ?? null,
        submittedAt,
        daysWaiting: daysBetween(submittedAt, now),
      }
    })
    .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime())
  return { reports, link: adminListURL('reports', where, { sort: 'updatedAt' }) }
}

export type OverdueEvent = {
  id: number | string
  title: string
  embassy: string
  endedOn: Date
  dueOn: Date
  daysOverdue: number
}

/**
 * Published events whose report is overdue: they ended more than `graceDays` ago and their
 * organising embassy has sent no report on them (a draft is not sent). Only the past year is
 * looked at: older gaps belong to the archive, not to this week's desk.
 */
export const overdueReports = async ({
  payload,
  user,
  now = new Date(),
  graceDays,
}: Who & { graceDays: number }) => {
  const cutoff = addDays(now, -graceDays)
  const horizon = addDays(cutoff, -365)
  const { docs: events } = await payload.find({
    collection: 'events',
    where: {
      and: [
        { _status: { equals: 'published' } },
        { organisingEmbassy: { exists: true } },
        { startsOn: { greater_than_equal: horizon.toISOString() } },
        {
          or: [
            { endsOn: { less_than: cutoff.toISOString() } },
            { and: [{ endsOn: { exists: false } }, { startsOn: { less_than: cutoff.toISOString() } }] },
          ],
        },
      ],
    },
    user,
    overrideAccess: false,
    pagination: false,
    depth: 1,
    sort: 'startsOn',
    select: { title: true, startsOn: true, endsOn: true, organisingEmbassy: true },
    populate: { embassies: { name: true } },
  })
  if (!events.length) return { events: [] as OverdueEvent[], link: null }
  const { docs: sent } = await payload.find({
    collection: 'reports',
    where: {
      and: [{ event: { in: events.map((event) => event.id) } }, { status: { not_equals: 'draft' } }],
    },
    user,
    overrideAccess: false,
    pagination: false,
    depth: 0,
    select: { event: true, reportedBy: true, embassy: true },
  })
  const overdue: OverdueEvent[] = events
    .filter(
      (event) =>
        !sent.some(
          (report) =>
            sameID(report.event as never, event.id) &&
            // The ministry's own report on the event tells its story too: nothing is owed.
            (isMinistryReport(report) || sameID(report.embassy as never, event.organisingEmbassy as never)),
        ),
    )
    .map((event) => {
      const endedOn = new Date(event.endsOn ?? event.startsOn)
      const dueOn = addDays(endedOn, graceDays)
      return {
        id: event.id,
        title: (event.title as Title) ?? '',
        embassy: typeof event.organisingEmbassy === 'object' ? (event.organisingEmbassy?.name ?? '') : '',
        endedOn,
        dueOn,
        daysOverdue: daysBetween(dueOn, now),
      }
    })
    .sort((a, b) => b.daysOverdue - a.daysOverdue)
  const link = overdue.length
    ? adminListURL('events', { id: { in: overdue.map((event) => event.id) } }, { sort: 'startsOn' })
    : null
  return { events: overdue, link }
}

export type ComingEvent = {
  id: number | string
  title: string
  startsOn: Date
  endsOn: Date | null
  country: string
  status: string
}

const monthStart = (date: Date, plus = 0) =>
  new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + plus, 1))

/** Events that run at some point this month or next (drafts too: they are the ones to finish). */
export const eventsThisMonthAndNext = async ({ payload, user, now = new Date() }: Who) => {
  const from = monthStart(now).toISOString()
  const until = monthStart(now, 2).toISOString()
  const where: Where = {
    and: [
      { startsOn: { less_than: until } },
      { or: [{ startsOn: { greater_than_equal: from } }, { endsOn: { greater_than_equal: from } }] },
    ],
  }
  const { docs } = await payload.find({
    collection: 'events',
    where,
    user,
    overrideAccess: false,
    draft: true,
    pagination: false,
    depth: 0,
    sort: 'startsOn',
    select: { title: true, startsOn: true, endsOn: true, country: true, _status: true },
  })
  const events: ComingEvent[] = docs.map((event) => ({
    id: event.id,
    title: (event.title as Title) ?? '',
    startsOn: new Date(event.startsOn),
    endsOn: event.endsOn ? new Date(event.endsOn) : null,
    country: event.country ?? '',
    status: event._status ?? 'draft',
  }))
  return { events, link: adminListURL('events', where, { sort: 'startsOn' }) }
}

export type ExpiringLicence = {
  id: number | string
  title: string
  territories: string[]
  validTo: Date
  daysLeft: number
  plannedScreenings: number
}

/** Licences ending within `days` on films that still have screenings scheduled from today on. */
export const licencesExpiringSoon = async ({
  payload,
  user,
  now = new Date(),
  days = 90,
}: Who & { days?: number }) => {
  const until = addDays(now, days)
  const { docs: films } = await payload.find({
    collection: 'films',
    where: {
      and: [
        { 'screeningRights.validTo': { greater_than_equal: now.toISOString() } },
        { 'screeningRights.validTo': { less_than_equal: until.toISOString() } },
      ],
    },
    user,
    overrideAccess: false,
    pagination: false,
    depth: 0,
    select: { title: true, screeningRights: true },
  })
  if (!films.length) return { licences: [] as ExpiringLicence[], link: null }
  const { docs: planned } = await payload.find({
    collection: 'screenings',
    where: {
      and: [
        { film: { in: films.map((film) => film.id) } },
        { status: { equals: 'scheduled' } },
        { startsAt: { greater_than_equal: now.toISOString() } },
      ],
    },
    user,
    overrideAccess: false,
    pagination: false,
    depth: 0,
    select: { film: true },
  })
  const licences: ExpiringLicence[] = films.flatMap((film) => {
    const plannedScreenings = planned.filter((screening) => sameID(screening.film as never, film.id)).length
    if (!plannedScreenings) return []
    return (film.screeningRights ?? [])
      .filter(
        (licence) =>
          licence.validTo && new Date(licence.validTo) >= now && new Date(licence.validTo) <= until,
      )
      .map((licence) => ({
        id: film.id,
        title: (film.title as Title) ?? '',
        territories: (licence.territories ?? []) as string[],
        validTo: new Date(licence.validTo!),
        daysLeft: daysBetween(now, new Date(licence.validTo!)),
        plannedScreenings,
      }))
  })
  licences.sort((a, b) => a.validTo.getTime() - b.validTo.getTime())
  const ids = [...new Set(licences.map((licence) => extractID(licence.id)!))]
  const link = ids.length ? adminListURL('films', { id: { in: ids } }) : null
  return { licences, link }
}

export type UntranslatedPages = {
  collection: 'events' | 'films' | 'reports'
  locale: Locale
  count: number
  where: Where
  link: string
}

const publishedWhere: Record<UntranslatedPages['collection'], Where> = {
  events: { _status: { equals: 'published' } },
  films: {},
  reports: { status: { equals: 'published' } },
}

/** Published pages with no title of their own in a language: readers there get a fallback. */
export const pagesMissingALanguage = async ({ payload, user }: Who) => {
  const rows: UntranslatedPages[] = []
  for (const collection of ['events', 'films', 'reports'] as const)
    for (const locale of locales) {
      const where: Where = {
        and: [publishedWhere[collection], { or: [{ title: { exists: false } }, { title: { equals: '' } }] }],
      }
      const { totalDocs } = await payload.count({ collection, where, locale, user, overrideAccess: false })
      if (totalDocs)
        rows.push({
          collection,
          locale,
          count: totalDocs,
          where,
          link: adminListURL(collection, where, { locale }),
        })
    }
  return rows
}
