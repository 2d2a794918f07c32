import { trustedProxies } from '../config/env'

/** The address recorded when the client's cannot be known; the per-address limit skips it. */
export const unknownAddress = 'unknown'

/** Set by scripts/server.mjs, in this process, where clients cannot reach it. */
const socketLayer = Symbol.for('film-diplomacy.clientAddressFromSocket')

/** Whether scripts/server.mjs wrote X-Forwarded-For: the client's part, then the socket's address. */
export const behindSocketLayer = () => Boolean((globalThis as Record<symbol, unknown>)[socketLayer])

/**
 * The client's network address, from X-Forwarded-For. Each trusted proxy appends the address it
 * saw, and scripts/server.mjs appends the socket's (after dropping whatever the client sent when no
 * proxy is trusted), so the client is that many entries from the end; anything further left was
 * written by the client and proves nothing. Under plain `next start` or `next dev` nothing vouches
 * for the header, so without trusted proxies the address is unknown.
 */
export const signInAddress = (
  headers: Headers | undefined,
  { proxies = trustedProxies, socketLayerInFront = behindSocketLayer() } = {},
): string => {
  if (!socketLayerInFront && proxies === 0) return unknownAddress
  const hops = String(headers?.get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  const index = hops.length - proxies - (socketLayerInFront ? 1 : 0)
  return (index >= 0 && hops[index]) || unknownAddress
}
