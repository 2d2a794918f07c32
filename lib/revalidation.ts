import { createHmac, timingSafeEqual } from 'node:crypto'

/** The key the server's own job queue shows to ask the server to refresh the public site. */
export const revalidationToken = (secret: string): string =>
  createHmac('sha256', secret).update('revalidate-public-site').digest('hex')

export const isRevalidationToken = (given: unknown, secret: string): boolean => {
  if (typeof given !== 'string') return false
  const expected = Buffer.from(revalidationToken(secret))
  const actual = Buffer.from(given)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/** At most this many tags in one request to the server: a film shown at many events stays well under it. */
export const maxTagsPerRequest = 200

/**
 * A tag of the public site's cache (lib/cacheTags.ts): "events", "events/days-of-kazakh-cinema",
 * "screenings-of:12". Nothing else is ever expired; Next ignores tags longer than 256 characters.
 */
export const isCacheTag = (tag: unknown): tag is string =>
  typeof tag === 'string' && tag.length <= 256 && /^[a-z][a-z-]*([:/][\p{L}\p{N}_-]+)?$/u.test(tag)
