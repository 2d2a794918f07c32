import type { CollectionBeforeChangeHook } from 'payload'
import { embassyOf } from '../access/roles'
import { extractID, sameID } from '../lib/extractID'
import { isMinistryReport } from '../lib/reporter'
import { refuse } from './refuse'
import { ruleMessage } from '../i18n/ruleMessage'

/** Where the user opens a report: the portal for embassy staff, the admin for the ministry. */
export const reportLink = (user: unknown, id: number | string): string =>
  embassyOf(user) !== undefined ? `/portal/reports/${id}` : `/admin/collections/reports/${id}`

/**
 * One report per embassy and event, and one of the ministry's own (its name or a delegation's) per
 * event: a second one is refused with a link to the first, so two reports never give an event two
 * stories and two sets of figures from the same reporter. Trashed reports don't count.
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
  const ministry = isMinistryReport({ reportedBy: data.reportedBy ?? originalDoc?.reportedBy })
  if (event === undefined || (embassy === undefined && !ministry)) return data
  const restored = Boolean(originalDoc?.deletedAt) && !data.deletedAt && 'deletedAt' in data
  const moved =
    operation === 'update' &&
    (!sameID(event, originalDoc?.event) ||
      ministry !== isMinistryReport(originalDoc) ||
      (!ministry && !sameID(embassy, originalDoc?.embassy)))
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
        // Listed kinds, never `equals: 'embassy'`: on MongoDB a report saved before the field
        // existed has no reportedBy at all.
        ministry ? { reportedBy: { in: ['ministry', 'delegation'] } } : { embassy: { equals: embassy } },
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
          message: ruleMessage(req, ministry ? 'alreadyReportedByMinistry' : 'alreadyReported', {
            title: existing.title ?? '',
            link: reportLink(req.user, existing.id),
          }),
        },
      ],
      req,
    )
  return data
}
