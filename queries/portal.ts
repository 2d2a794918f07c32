import { cache } from 'react'
import type { PortalUser } from '@/auth/portalAccess'
import type { Locale } from '@/lib/locales'
import type { IDLike } from '@/lib/extractID'
import { extractID } from '@/lib/extractID'
import { cms } from './payload'

// What the portal reads, always as the signed-in user: Payload's access rules decide what comes back.

const asUser = (user: PortalUser) => ({ user, overrideAccess: false as const })

/** The embassy's events, drafts included (an embassy sees its own), latest first. */
export const queryEmbassyEvents = cache(async (user: PortalUser, locale: Locale) => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'events',
    locale,
    depth: 0,
    pagination: false,
    draft: true,
    sort: '-startsOn',
    ...asUser(user),
    where: { organisingEmbassy: { equals: extractID(user.embassy as IDLike) } },
    select: {
      title: true,
      slug: true,
      startsOn: true,
      endsOn: true,
      city: true,
      timezone: true,
      _status: true,
    },
  })
  return docs
})

/** The embassy's reports, with their history (who moved them, and the ministry's comments). */
export const queryEmbassyReports = cache(async (user: PortalUser, locale: Locale) => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'reports',
    locale,
    depth: 1,
    pagination: false,
    sort: '-updatedAt',
    ...asUser(user),
    where: { embassy: { equals: extractID(user.embassy as IDLike) } },
    // The embassy is read too: the history is shown only beside its own embassy's reports.
    select: {
      title: true,
      slug: true,
      status: true,
      event: true,
      embassy: true,
      statusHistory: true,
      updatedAt: true,
    },
    populate: { events: { title: true }, users: { name: true } },
  })
  return docs
})

/**
 * One of the embassy's reports in the reader's language, or null if it is not theirs. `forEditing`
 * reads without fallback: the form shows what exists in this language, so saving never copies
 * another language's text into it.
 */
export const queryEmbassyReport = cache(
  async (user: PortalUser, locale: Locale, id: string, forEditing = false) => {
    const payload = await cms()
    const { docs } = await payload.find({
      collection: 'reports',
      locale,
      fallbackLocale: forEditing ? false : undefined,
      depth: 1,
      limit: 1,
      pagination: false,
      ...asUser(user),
      where: { and: [{ id: { equals: id } }, { embassy: { equals: extractID(user.embassy as IDLike) } }] },
      populate: {
        events: { title: true, slug: true, timezone: true },
        users: { name: true },
        media: { alt: true, credit: true },
        screenings: { label: true },
      },
    })
    return docs[0] ?? null
  },
)

/** The screenings of an event, in order, for ticking the ones a report covers. */
export const queryEventScreenings = cache(async (user: PortalUser, locale: Locale, event: IDLike) => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'screenings',
    locale,
    depth: 1,
    pagination: false,
    sort: 'startsAt',
    ...asUser(user),
    where: { event: { equals: extractID(event) } },
    select: { film: true, startsAt: true, startsAt_tz: true, venue: true, status: true },
    populate: { films: { title: true } },
  })
  return docs
})
