import { isLocale } from './locales'

/**
 * Payload's Preview button (a collection's `admin.preview`): the document's public page through
 * /admin/preview, which shows the newest draft to the signed-in user who may read it.
 */
export const previewURL =
  (collection: 'events' | 'films' | 'reports') =>
  (doc: Record<string, unknown>, { locale }: { locale?: string }): string | null =>
    doc?.id === undefined || doc?.id === null
      ? null
      : `/admin/preview?collection=${collection}&id=${encodeURIComponent(String(doc.id))}&locale=${isLocale(locale) ? locale : 'en'}`
