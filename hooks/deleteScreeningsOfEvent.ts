import { APIError, type CollectionBeforeDeleteHook } from 'payload'
import { labelIn, ruleMessage } from '../i18n/ruleMessage'
import { readAside } from './readAside'

/**
 * An event deleted for good (from the trash, by an admin) takes its screenings with it: they are
 * parts of it, shown only on its page, and a screening cannot be without its event. Runs after the
 * refusal while reports point at the event. A report of another event may still count one of them
 * (moved there after the report was written): that is checked before any is deleted, because in a
 * bulk delete Payload commits what each document's hooks did even when the document is refused.
 * Each is deleted through the Local API: audited, and its pages refreshed.
 */
export const deleteScreeningsOfEvent: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const common = { req: readAside(req), overrideAccess: true } as const
  const { docs } = await req.payload.find({
    ...common,
    collection: 'screenings',
    where: { event: { equals: id } },
    depth: 0,
    pagination: false,
    select: { label: true },
  })
  if (docs.length === 0) return
  const cited = { 'screenings.screening': { in: docs.map((screening) => screening.id) } }
  const [reports, versions] = await Promise.all([
    req.payload.count({ ...common, collection: 'reports', where: cited, trash: true }),
    req.payload.countVersions({
      ...common,
      collection: 'reports',
      where: { 'version.screenings.screening': { in: docs.map((screening) => screening.id) } },
    }),
  ])
  if (reports.totalDocs + versions.totalDocs > 0) {
    const plural = req.payload.collections.reports.config.labels.plural
    const label = labelIn(req, plural, 'reports')
    // Only earlier versions count them: said so, as the admin finds no such report in the list.
    const what =
      reports.totalDocs > 0
        ? `${label}: ${reports.totalDocs}`
        : `${ruleMessage(req, 'earlierVersionsOf', { what: label })}: ${versions.totalDocs}`
    throw new APIError(ruleMessage(req, 'stillInUse', { uses: what }), 409, { uses: [what] }, true)
  }
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
