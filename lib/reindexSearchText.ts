import type { Payload, PayloadRequest } from 'payload'
import { searchedCollections, searchSectionsOf, searchSourceFields } from './searchSections'
import { searchTextOf } from './searchText'

type Options = {
  /** The caller's request, to run inside its transaction (a migration's). */
  req?: PayloadRequest
  batchSize?: number
  onBatch?: (collection: string, done: number, total: number) => void
}

/**
 * Fills the search text of every film, event and report from what is stored, in batches: for
 * documents saved before the field existed (`npm run search:reindex`, and the migration that adds
 * it). Reads through the Local API in every language; writes only that one column through the
 * database adapter, so no hook, version, audit entry or page purge follows, `updatedAt` stays, and
 * an event's unpublished draft is not published by it. Works on SQLite and MongoDB alike.
 */
export const reindexSearchText = async (
  payload: Payload,
  { req, batchSize = 200, onBatch }: Options = {},
) => {
  const counts: Record<string, number> = {}
  for (const collection of searchedCollections) {
    const select = Object.fromEntries(searchSourceFields[collection].map((field) => [field, true]))
    let done = 0
    for (let page = 1; ; page++) {
      const batch = await payload.find({
        collection,
        req,
        locale: 'all',
        depth: 0,
        limit: batchSize,
        page,
        sort: 'id',
        select,
        // The published row of every document, trash included (it may be restored).
        draft: false,
        trash: true,
        overrideAccess: true,
        context: { disableRevalidate: true },
      })
      for (const doc of batch.docs) {
        const searchText = searchTextOf(
          searchSectionsOf[collection](doc as unknown as Record<string, unknown>),
        )
        // `updatedAt: null` tells both adapters to leave the time of the last edit alone.
        await payload.db.updateOne({
          collection,
          id: doc.id,
          data: { searchText, updatedAt: null },
          req,
          returning: false,
        })
      }
      done += batch.docs.length
      onBatch?.(collection, done, batch.totalDocs)
      if (!batch.hasNextPage) break
    }
    counts[collection] = done
  }
  return counts
}
