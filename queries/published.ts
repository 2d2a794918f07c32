import type {
  CollectionSlug,
  DataFromCollectionSlug,
  FindOptions,
  SelectType,
  Sort,
  TypedCollectionSelect,
  Where,
} from 'payload'
import { cms } from './payload'
import { previewReaderFor, type PreviewOf } from './preview'

// Payload's own `SelectFromCollectionSlug`, which the package does not export.
type SelectOf<TSlug extends CollectionSlug> = TypedCollectionSelect[TSlug] & SelectType

type PublicFind<TSlug extends CollectionSlug, TSelect extends SelectOf<TSlug>> = Omit<
  FindOptions<TSlug, TSelect>,
  'overrideAccess' | 'user' | 'draft'
>

/**
 * A public read: what an anonymous reader may see, decided by the collection's own access rules
 * (published events and reports, screenings of published events). The one place public queries
 * set `overrideAccess: false`, so no page can forget it.
 */
export const findPublished = async <
  TSlug extends CollectionSlug,
  TSelect extends SelectOf<TSlug> = SelectOf<TSlug>,
>(
  options: PublicFind<TSlug, TSelect>,
  { previewOf }: { previewOf?: PreviewOf } = {},
) => {
  const payload = await cms()
  // No join field's documents unless the caller asks for them: a page reads what it shows with
  // its own query, and the event's `screenings` join (made for the admin) cost the event page two
  // more statements on its first render, read and thrown away.
  options = { joins: false, ...options } as PublicFind<TSlug, TSelect>
  // The one document an editor previews (/admin/preview) is read as its newest draft, with the
  // editor's own rights; every other read on the page stays the public's. Preview reads are never
  // cached (queries/cachedQuery.ts), so nothing read here is kept for the public.
  const reader = await previewReaderFor(previewOf)
  if (reader)
    return payload.find<TSlug, TSelect, true>({
      ...(options as FindOptions<TSlug, TSelect>),
      overrideAccess: false,
      user: reader,
      draft: true,
    })
  // Drafts never reach a public page, whatever the caller passes.
  return payload.find<TSlug, TSelect, false>({
    ...(options as FindOptions<TSlug, TSelect>),
    overrideAccess: false,
    draft: false,
  })
}

/** The one published document the query names (a page's slug), or null. */
export const findOnePublished = async <
  TSlug extends CollectionSlug,
  TSelect extends SelectOf<TSlug> = SelectOf<TSlug>,
>(
  options: Omit<PublicFind<TSlug, TSelect>, 'limit' | 'pagination'>,
  preview: { previewOf?: PreviewOf } = {},
) => {
  // No count: one document is asked for, so there is no page to number.
  const { docs } = await findPublished<TSlug, TSelect>({ ...options, limit: 1, pagination: false }, preview)
  return docs[0] ?? null
}

type WithSlug = 'events' | 'films' | 'reports'

/**
 * Published slugs of a collection: every one (`latest` unset, the site map) or the latest few in
 * `sort` order (what the build prerenders; the rest render on their first request and are kept).
 */
export const publishedSlugs = async (
  collection: WithSlug,
  { latest, sort }: { latest?: number; sort?: string } = {},
) => {
  const { docs } = await findPublished({
    collection,
    depth: 0,
    pagination: false,
    limit: latest,
    sort,
    select: { slug: true },
  })
  return docs.map((doc) => doc.slug).filter((slug): slug is string => Boolean(slug))
}

/**
 * Published pages of a collection and when each last changed: the site map's `lastmod`. Read a
 * bounded part at a time (`page` of `limit`) in the order documents were created: IDs only grow,
 * so a new document lands in the last part and the others keep theirs.
 */
export const publishedPages = async (
  collection: WithSlug,
  { page, limit }: { page: number; limit: number },
) => {
  const { docs } = await findPublished({
    collection,
    depth: 0,
    page,
    limit,
    sort: 'id',
    select: { slug: true, updatedAt: true },
  })
  return docs.flatMap((doc) => (doc.slug ? [{ slug: doc.slug, updatedAt: doc.updatedAt }] : []))
}

/** How many documents of a collection the public may read. */
export const countPublished = async (collection: WithSlug) => {
  const payload = await cms()
  const { totalDocs } = await payload.count({ collection, overrideAccess: false })
  return totalDocs
}

/**
 * The distinct values of one field among what the public may read: a list's filter choices, read
 * by the database (`findDistinct`, on SQLite and MongoDB alike) instead of from every document.
 * Only for fields whose values come from a closed set (ISO country codes, validated years): the
 * answer is bounded by that set, not by the archive, so it is read whole, without a count.
 */
export const distinctPublished = async <
  TSlug extends CollectionSlug,
  TField extends keyof DataFromCollectionSlug<TSlug> & string,
>(options: {
  collection: TSlug
  field: TField
  sort?: Sort
  where?: Where
}) => {
  const payload = await cms()
  const { values } = await payload.findDistinct<TSlug, TField>({ ...options, overrideAccess: false })
  return values.map((value) => value[options.field])
}
