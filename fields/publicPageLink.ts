import type { UIField } from 'payload'

/** The sidebar's links to a document's public page in each language (components/admin/PublicPageLink). */
export const publicPageLink = (collection: 'events' | 'films'): UIField => ({
  name: 'publicPage',
  type: 'ui',
  label: { en: 'On the public site', ru: 'На сайте', kk: 'Сайтта' },
  admin: {
    position: 'sidebar',
    components: {
      Field: { path: '/components/admin/PublicPageLink#PublicPageLink', clientProps: { collection } },
    },
  },
})
