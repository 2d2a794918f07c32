import {
  APIError,
  type CollectionBeforeDeleteHook,
  type CollectionSlug,
  type PayloadRequest,
  type Where,
} from 'payload'
import { labelIn, ruleMessage } from '../i18n/ruleMessage'
import { readAside } from './readAside'

/**
 * A field of another collection that points at the document: `field` is its path there. With
 * `draftsToo`, a document whose newest draft points at it counts too (an event that lists the film
 * in a draft not yet published); with `versionsToo`, any earlier version does (SQLite keeps the
 * versions of reports bound to the screenings they counted).
 */
export type Use = { collection: CollectionSlug; field: string; draftsToo?: boolean; versionsToo?: boolean }

type ID = number | string

/** How many documents (trash included) and, where asked, earlier versions point at any of `ids`. */
const countUse = async (req: PayloadRequest, use: Use, ids: ID[]) => {
  const common = { req: readAside(req), overrideAccess: true } as const
  const where: Where = { [use.field]: { in: ids } }
  const { totalDocs } = await req.payload.count({ ...common, collection: use.collection, where, trash: true })
  // Those in the trash, said apart: the admin's list does not show them.
  const trashed =
    totalDocs > 0 && req.payload.collections[use.collection].config.trash
      ? (
          await req.payload.count({
            ...common,
            collection: use.collection,
            where: { and: [where, { deletedAt: { exists: true } }] },
            trash: true,
          })
        ).totalDocs
      : 0
  if (totalDocs > 0 || !(use.draftsToo || use.versionsToo))
    return { current: totalDocs, trashed, versions: 0 }
  const inVersion: Where = { [`version.${use.field}`]: { in: ids } }
  const versions = await req.payload.countVersions({
    ...common,
    collection: use.collection,
    where: use.versionsToo ? inVersion : { and: [inVersion, { latest: { equals: true } }] },
  })
  return use.versionsToo
    ? { current: 0, trashed: 0, versions: versions.totalDocs }
    : { current: versions.totalDocs, trashed: 0, versions: 0 }
}

/**
 * Throws a 409 naming what still points at any of `ids`: "Screenings: 12", in the request's
 * language. For a document's own delete (below) and for parts deleted with it (an event's
 * screenings, hooks/deleteScreeningsOfEvent.ts).
 */
export const refuseWhileUsed = async (req: PayloadRequest, uses: Use[], ids: ID[]) => {
  const found: string[] = []
  for (const use of uses) {
    const { current, trashed, versions } = await countUse(req, use, ids)
    const plural = req.payload.collections[use.collection].config.labels.plural
    const inTrash = trashed > 0 ? ` (${ruleMessage(req, 'inTheTrash', { count: trashed })})` : ''
    if (current > 0) found.push(`${labelIn(req, plural, use.collection)}: ${current}${inTrash}`)
    else if (versions > 0)
      found.push(
        `${ruleMessage(req, 'earlierVersionsOf', { what: labelIn(req, plural, use.collection) })}: ${versions}`,
      )
  }
  if (found.length > 0)
    throw new APIError(ruleMessage(req, 'stillInUse', { uses: found.join(', ') }), 409, { uses: found }, true)
}

/**
 * Refuses to delete for good a document others still point at, naming them: "Screenings: 12".
 * Without it SQLite refused at the end with a constraint error (a required relationship cannot be
 * emptied: the admin showed "Something went wrong") and MongoDB left the others pointing at nothing.
 * The trash is unaffected: a trashed event keeps its screenings and reports, and comes back with them.
 */
export const refuseDeleteWhileUsed =
  (uses: Use[]): CollectionBeforeDeleteHook =>
  ({ id, req }) =>
    refuseWhileUsed(req, uses, [id])
