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

/** A public page's path: "/en/events/days-of-kazakh-cinema". Nothing else is ever refreshed. */
export const isSitePath = (path: unknown): path is string =>
  typeof path === 'string' && path.length <= 300 && /^\/[a-z]{2}\/[a-z]+\/[\p{L}\p{N}_-]+$/u.test(path)
