import type { FieldHook } from 'payload'
import { mergeLocales } from '../lib/mergeLocales'
import { searchSectionsOf, type SearchedCollection } from '../lib/searchSections'
import { searchTextOf } from '../lib/searchText'

/**
 * Writes a document's search text on every save, from every language of what the save leaves: the
 * saved data laid over the stored document. It reads nothing through the Local API, so neither the
 * rights of the person saving nor which fields they may see can change what is indexed. A draft
 * saved over a published event lands in its version only (Payload keeps the published row), so the
 * public row's search text is always the published text's.
 */
export const fillSearchText =
  (collection: SearchedCollection): FieldHook =>
  ({ data, siblingDocWithLocales, req }) => {
    const doc = mergeLocales(data ?? {}, siblingDocWithLocales ?? {}, req.locale ?? undefined)
    return searchTextOf(searchSectionsOf[collection](doc as Record<string, unknown>))
  }
