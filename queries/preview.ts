import { draftMode, headers } from 'next/headers'
import type { TypedUser } from 'payload'
import { cache } from 'react'
import { cms } from './payload'

/**
 * Whether this request is a preview: Next's draft mode, which only /admin/preview turns on, for a
 * signed-in user who may read the document. Outside a request (the build's generateStaticParams,
 * scripts, tests) there is no draft mode, and asking throws: that is no preview either.
 */
export const previewing = cache(async (): Promise<boolean> => {
  try {
    return (await draftMode()).isEnabled
  } catch {
    return false
  }
})

/**
 * Who is previewing: the signed-in user of the admin's session, checked again on every request, so
 * signing out (or a disabled account) ends what the draft-mode cookie alone would keep showing.
 * Null when this is no preview or nobody is signed in: the page then reads as the public does.
 */
export const previewReader = cache(async (): Promise<TypedUser | null> => {
  if (!(await previewing())) return null
  try {
    const payload = await cms()
    const { user } = await payload.auth({ headers: await headers() })
    return user ?? null
  } catch {
    return null
  }
})
