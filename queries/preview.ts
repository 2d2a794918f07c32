import { cookies, draftMode, headers } from 'next/headers'
import type { TypedUser } from 'payload'
import { cache } from 'react'
import { cms } from './payload'

/** The cookie /admin/preview sets beside Next's draft mode: which document is being previewed. */
export const previewCookie = 'fdc-preview'

export type PreviewCollection = 'events' | 'films' | 'reports'
/** The document a preview shows: only it (and, for an event, its screenings) is read as a draft. */
export type PreviewTarget = { collection: PreviewCollection; id: string; slug: string }

export const previewCookieValue = ({ collection, id, slug }: PreviewTarget) => `${collection}:${id}:${slug}`

const parseTarget = (value: string | undefined): Omit<PreviewTarget, never> | null => {
  const match = value?.match(/^(events|films|reports):([\w-]{1,64}):([\p{L}\p{N}_-]{1,200})$/u)
  return match ? { collection: match[1] as PreviewCollection, id: match[2], slug: match[3] } : null
}

/**
 * Outside a request (the build's generateStaticParams, scripts, tests) there is no draft mode, and
 * asking throws: that is no preview either.
 */
const draftModeOn = async () => {
  try {
    return (await draftMode()).isEnabled
  } catch {
    return false
  }
}

/**
 * What this request previews, and as whom: Next's draft mode (which only /admin/preview turns on),
 * the document it named, and the admin session's user, checked again on every request, so signing
 * out ends what the draft-mode cookie alone would keep showing. Null for everyone else, including a
 * stale draft-mode cookie without a session: the page then reads, and is cached, as the public's.
 */
export const previewing = cache(async (): Promise<{ target: PreviewTarget; reader: TypedUser } | null> => {
  if (!(await draftModeOn())) return null
  try {
    const target = parseTarget((await cookies()).get(previewCookie)?.value)
    if (!target) return null
    const payload = await cms()
    const { user } = await payload.auth({ headers: await headers() })
    return user ? { target, reader: user } : null
  } catch {
    return null
  }
})

/** What a read says it is of: a page's document (by slug or ID), or an event's screenings. */
export type PreviewOf = { collection: PreviewCollection; slug?: string | null; id?: number | string | null }

/** The reader to read as when this read is of the previewed document; otherwise null (the public). */
export const previewReaderFor = async (of: PreviewOf | undefined): Promise<TypedUser | null> => {
  if (!of) return null
  const preview = await previewing()
  if (!preview || preview.target.collection !== of.collection) return null
  const same =
    (of.slug !== undefined && of.slug === preview.target.slug) ||
    (of.id !== undefined && of.id !== null && String(of.id) === preview.target.id)
  return same ? preview.reader : null
}
