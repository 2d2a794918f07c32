import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import { isPublicEvent, markScreeningsOfEvent, readEventState } from '../lib/screeningVisibility'
import { readAside } from './readAside'

/**
 * Bookkeeping for the public rule on screenings (lib/screeningVisibility.ts). Both sides act with
 * system rights (`overrideAccess`, the adapter), never with the editor's: the rule must hold
 * whoever saved, and an embassy's own restrictions have nothing to say about it.
 */

/** A screening saved (new, or moved to another event) takes its event's public state. */
export const noteEventVisibility: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const event = await readEventState(req.payload, data.event ?? originalDoc?.event, readAside(req))
  data.eventPublic = isPublicEvent(event)
  return data
}

/**
 * An event saved hands its public state to its screenings: published, unpublished, moved to the
 * trash or restored, on schedule too (the job queue saves through the same operation). Read from
 * the event's live row, not from `doc`: saving a draft of a published event leaves it published,
 * and `doc` is then the draft.
 */
export const passEventVisibility: CollectionAfterChangeHook = async ({ doc, req }) => {
  const event = await readEventState(req.payload, doc.id, readAside(req))
  await markScreeningsOfEvent(req.payload, doc.id, isPublicEvent(event), req)
  return doc
}
