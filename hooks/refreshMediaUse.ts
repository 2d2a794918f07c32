import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest, Where } from 'payload'
import { extractID, type IDLike } from '../lib/extractID'
import { systemRequest } from '../lib/systemRequest'

type ID = number | string

/** Where each public collection keeps its images, and when it counts as public. */
const publicUses: { collection: 'films' | 'events' | 'reports'; fields: string[]; published?: Where }[] = [
  { collection: 'films', fields: ['poster', 'stills'] },
  { collection: 'events', fields: ['heroImage', 'gallery'], published: { _status: { equals: 'published' } } },
  { collection: 'reports', fields: ['photos'], published: { status: { equals: 'published' } } },
]

const mediaFieldsOf = (collection: string) =>
  publicUses.find((use) => use.collection === collection)?.fields ?? []

/** The image IDs a document points at through its media fields. */
export const mediaIDsIn = (collection: string, doc: Record<string, unknown> | undefined): ID[] =>
  mediaFieldsOf(collection).flatMap((field) => {
    const value = doc?.[field]
    return (Array.isArray(value) ? value : [value])
      .map((item) => extractID(item as IDLike))
      .filter((id): id is ID => id !== undefined)
  })

const isInPublicUse = async (req: PayloadRequest, id: ID): Promise<boolean> => {
  for (const use of publicUses) {
    const refersToImage: Where = { or: use.fields.map((field) => ({ [field]: { in: [id] } })) }
    const { totalDocs } = await req.payload.count({
      collection: use.collection,
      req,
      overrideAccess: true,
      where: use.published ? { and: [use.published, refersToImage] } : refersToImage,
    })
    if (totalDocs > 0) return true
  }
  return false
}

/**
 * Recompute whether each image is used by something the public can see; only those are public.
 * Bookkeeping, so it acts as the system: with the editor's request, the media hooks that act for
 * whoever saves (the upload's embassy) would hand the image to them.
 */
export const refreshMediaUse = async (callerReq: PayloadRequest, ids: ID[]): Promise<void> => {
  const req = await systemRequest(callerReq)
  // Only images that still exist: a failed update would roll back the caller's transaction.
  const { docs } = await req.payload.find({
    collection: 'media',
    req,
    overrideAccess: true,
    depth: 0,
    pagination: false,
    where: { id: { in: [...new Set(ids)] } },
    select: { inPublicUse: true },
  })
  for (const image of docs) {
    const inPublicUse = await isInPublicUse(req, image.id)
    if (Boolean(image.inPublicUse) === inPublicUse) continue
    await req.payload.update({
      collection: 'media',
      id: image.id,
      req,
      overrideAccess: true,
      depth: 0,
      data: { inPublicUse },
    })
  }
}

export const refreshMediaUseAfterChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  const ids = [...mediaIDsIn(collection.slug, doc), ...mediaIDsIn(collection.slug, previousDoc)]
  if (ids.length) await refreshMediaUse(req, ids)
  return doc
}

export const refreshMediaUseAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  const ids = mediaIDsIn(collection.slug, doc)
  if (ids.length) await refreshMediaUse(req, ids)
  return doc
}
