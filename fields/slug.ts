import type { CollectionSlug, FieldHook, PayloadRequest, TextField, Validate } from 'payload'
import { isSlug, slugify } from '../lib/slugify'
import { extractID } from '../lib/extractID'
import { isMinistry } from '../access/roles'
import { ruleMessage } from '../i18n/ruleMessage'

const slugTaken = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  slug: string,
  id?: number | string,
) => {
  const { totalDocs } = await req.payload.count({
    collection,
    req,
    where:
      id === undefined
        ? { slug: { equals: slug } }
        : { and: [{ slug: { equals: slug } }, { id: { not_equals: id } }] },
    // Uniqueness is a fact about the whole collection, trash included, not about what this user may read.
    overrideAccess: true,
    trash: true,
  })
  return totalDocs > 0
}

/**
 * The URL name of a document, made once from its English or Russian title (Kazakh if that is all
 * there is) and then kept: links to it are printed on invitations and in press releases.
 */
export const slugField = (collection: CollectionSlug, titleField = 'title'): TextField => {
  const generate: FieldHook = async ({ value, data, originalDoc, req, operation }) => {
    // Addresses are the ministry's to choose; for anyone else the server makes and keeps them.
    const mayChoose = !req.user || isMinistry(req.user)
    if (mayChoose && typeof value === 'string' && value.trim() !== '') return value.trim()
    if (operation === 'update' && originalDoc?.slug) return originalDoc.slug
    const title = data?.[titleField] ?? originalDoc?.[titleField]
    const titleText =
      typeof title === 'string'
        ? title
        : title && typeof title === 'object'
          ? (title.en ?? title.ru ?? title.kk)
          : ''
    const base = slugify(String(titleText ?? ''))
    if (!base) return value
    let candidate = base
    for (let n = 2; await slugTaken(req, collection, candidate, extractID(originalDoc?.id)); n++)
      candidate = `${base}-${n}`
    return candidate
  }

  const validate: Validate<string | null | undefined> = async (value, { req, id, event }) => {
    if (!value) return ruleMessage(req, 'slugMissing')
    if (!isSlug(value)) return ruleMessage(req, 'slugInvalid', { slug: value })
    if (event === 'onChange') return true
    if (await slugTaken(req, collection, value, id)) return ruleMessage(req, 'slugTaken', { slug: value })
    return true
  }

  return {
    name: 'slug',
    type: 'text',
    label: { en: 'Slug', ru: 'Адрес страницы', kk: 'Бет мекенжайы' },
    index: true,
    unique: true,
    validate,
    admin: {
      position: 'sidebar',
      description: {
        en: 'Part of the public address. Made from the English or Russian title if left empty; keep it once published.',
        ru: 'Часть публичного адреса. Если оставить пустым, составляется из английского или русского названия; после публикации не меняйте.',
        kk: 'Жария мекенжайдың бөлігі. Бос қалса, ағылшынша немесе орысша атауынан жасалады; жарияланғаннан кейін өзгертпеңіз.',
      },
    },
    hooks: { beforeValidate: [generate] },
  }
}
