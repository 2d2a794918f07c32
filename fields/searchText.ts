import type { FieldHook, TextField } from 'payload'
import { nobody } from '../access/nobody'
import { fillSearchText } from '../hooks/fillSearchText'
import type { SearchedCollection } from '../lib/searchSections'

/**
 * Only server code that asks for it (`showHiddenFields`, as queries/search.ts does to rank) reads the
 * search text; every API response goes without it. Payload's own `hidden: true` would do this too, but
 * a hidden field cannot be queried without `overrideAccess` (its find skips `showHiddenFields` when it
 * validates the `where`), and the public search runs with the access rules on.
 */
const withheldFromResponses: FieldHook = ({ siblingData, showHiddenFields }) => {
  if (!showHiddenFields && siblingData) delete siblingData.searchText
  return undefined
}

/**
 * The words the site's search looks in (lib/searchText.ts): every language's titles and texts,
 * normalised and in Latin letters, so «амре», "AMRE" and "amre" find the same film on SQLite and
 * MongoDB alike. Written only by its hook, from what the public may read of the document; queries on
 * it see only documents the asker may read, and its value is never returned.
 */
export const searchTextField = (collection: SearchedCollection): TextField => ({
  name: 'searchText',
  type: 'text',
  access: { create: nobody, update: nobody },
  admin: { hidden: true, disableListColumn: true, disableListFilter: true },
  hooks: { beforeChange: [fillSearchText(collection)], afterRead: [withheldFromResponses] },
})
