import { APIError, type CollectionBeforeDeleteHook } from 'payload'

/**
 * An event deleted for good (from the trash, by an admin) takes its screenings with it: they are
 * parts of it, shown only on its page, and a screening cannot be without its event. Runs after the
 * refusal while reports point at the event, so no report cites them; in the delete's transaction,
 * so a delete that fails later keeps them. Each is deleted through the Local API: audited, and its
 * pages refreshed.
 */
export const deleteScreeningsOfEvent: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { errors } = await req.payload.delete({
    collection: 'screenings',
    where: { event: { equals: id } },
    overrideAccess: true,
    depth: 0,
    req,
  })
  if (errors.length > 0) throw new APIError(errors[0].message, 409, undefined, true)
}
