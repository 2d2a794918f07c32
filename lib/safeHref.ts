/**
 * A link target a reader may follow: web, mail and phone addresses, and paths on this site. Anything
 * else (`javascript:`, `data:`, `vbscript:`…) comes back undefined, so the link renders as plain text.
 */
export const safeHref = (url: unknown): string | undefined => {
  if (typeof url !== 'string') return undefined
  const trimmed = url.trim()
  if (/^\/(?!\/)/.test(trimmed) || trimmed.startsWith('#')) return trimmed
  try {
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(new URL(trimmed).protocol) ? trimmed : undefined
  } catch {
    return undefined
  }
}
