/** Where to go after signing in: a portal path on this site, never an address elsewhere. */
export const safeReturnPath = (value: unknown): string => {
  const path = typeof value === 'string' ? value : ''
  return /^\/portal(\/[^/\\]*)*(\?[^\\]*)?$/.test(path) && !path.startsWith('//') ? path : '/portal'
}
