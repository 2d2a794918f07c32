import type { CollectionBeforeDeleteHook } from 'payload'
import { readAside } from './readAside'
import { refuseWhileUsed } from './refuseDeleteWhileUsed'

/**
 * An event deleted for good (from the trash, by an admin) takes its screenings with it: they are
 * parts of it, shown only on its page, and a screening cannot be without its event. Runs after the
 * refusal while reports point at the event. A report of another event may still count one of them
 * (moved there after the report was written): that is checked before any is deleted, because in a
 * bulk delete Payload commits what each document's hooks did even when the document is refused.
 * Each is deleted through the Local API: audited, and its pages refreshed.
 */
export const deleteScreeningsOfEvent: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { docs } = await req.payload.find({
    collection: 'screenings',
    req: readAside(req),
    overrideAccess: true,
    where: { event: { equals: id } },
    depth: 0,
    pagination: false,
    select: { label: true },
  })
  if (docs.length === 0) return
  await refuseWhileUsed(
    req,
    [{ collection: 'reports', field: 'screenings.screening', versionsToo: true }],
    docs.map((screening) => screening.id),
  )
  const { errors } = await req.payload.delete({
    collection: 'screenings',
    where: { event: { equals: id } },
    overrideAccess: true,
    depth: 0,
    req,
  })
  // Not expected after the check above; a database's own message is not for the admin's toast.
  if (errors.length > 0) throw new Error(`Deleting the event's screenings failed: ${errors[0].message}`)
}
