import type { CollectionBeforeChangeHook } from 'payload'
import { embassyOf } from '../access/roles'
import { extractID, sameID } from '../lib/extractID'
import { refuse } from './refuse'
import { ruleMessage } from '../i18n/ruleMessage'

/** Where the user opens a report: the portal for embassy staff, the admin for the ministry. */
export const reportLink = (user: unknown, id: number | string): string =>
  embassyOf(user) !== undefined ? `/portal/reports/${id}` : `/admin/collections/reports/${id}`

/**
 * One report per embassy and event: a second one is refused with a link to the first, so two
 * reports never give an event two stories and two sets of figures. Trashed reports don't count.
 *
 * Validation, not a unique index: "unique among reports not in the trash" cannot be an index on
 * SQLite (NULL deletedAt values are all distinct). On SQLite the check and the insert run in one
 * transaction under the database's single write lock, so two concurrent creates are serialized and
 * the second sees the first. On MongoDB two concurrent creates may both pass; a rare race, and
 * either report can then be trashed.
 */
export const refuseSecondReport: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const event = extractID(data.event ?? originalDoc?.event)
  const embassy = extractID(data.embassy ?? originalDoc?.embassy)
  if (event === undefined || embassy === undefined) return data
  const restored = Boolean(originalDoc?.deletedAt) && !data.deletedAt && 'deletedAt' in data
  const moved =
    operation === 'update' && (!sameID(event, originalDoc?.event) || !sameID(embassy, originalDoc?.embassy))
  if (operation !== 'create' && !moved && !restored) return data
  if (data.deletedAt) return data

  const { docs } = await req.payload.find({
    collection: 'reports',
    req,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    where: {
      and: [
        { embassy: { equals: embassy } },
        { event: { equals: event } },
        ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    select: { title: true },
  })
  const existing = docs[0]
  if (existing)
    refuse(
      'reports',
      [
        {
          path: 'event',
          message: ruleMessage(req, 'alreadyReported', {
            title: existing.title ?? '',
            link: reportLink(req.user, existing.id),
          }),
        },
      ],
      req,
    )
  return data
}
