import { trustedProxies } from '../config/env'

/**
 * The client's network address. Next.js sets X-Forwarded-For from the socket when a request arrives
 * without one; each trusted proxy in front appends the address it saw, so the client is the entry
 * that many places from the end. Entries further left were written by the client and prove nothing.
 */
export const signInAddress = (headers: Headers | undefined): string => {
  const forwarded = headers?.get('x-forwarded-for')
  if (!forwarded) return 'unknown'
  const hops = forwarded
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  return hops[Math.max(0, hops.length - 1 - trustedProxies)] ?? 'unknown'
}
