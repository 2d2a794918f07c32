import type { TextField } from 'payload'
import { nobody } from '../access/nobody'
import { fillSearchText } from '../hooks/fillSearchText'
import type { SearchedCollection } from '../lib/searchSections'

/**
 * The words the site's search looks in (lib/searchText.ts): every language's titles and texts,
 * normalised and in Latin letters, so «амре», "AMRE" and "amre" find the same film on SQLite and
 * MongoDB alike. Written only by its hook; `hidden` keeps it out of every API response and the admin
 * (server code reads it with `showHiddenFields`), while queries on it stay possible.
 */
export const searchTextField = (collection: SearchedCollection): TextField => ({
  name: 'searchText',
  type: 'text',
  hidden: true,
  access: { create: nobody, update: nobody },
  hooks: { beforeChange: [fillSearchText(collection)] },
})
