import type { Where } from 'payload'

type Query = Record<string, unknown>

/** Flattens `{ where: { a: { in: [1, 2] } } }` into `where[a][in][0]=1&where[a][in][1]=2`, as qs reads it. */
const flatten = (value: unknown, key: string, into: [string, string][]) => {
  if (value === undefined || value === null) return
  if (Array.isArray(value)) value.forEach((item, index) => flatten(item, `${key}[${index}]`, into))
  else if (value instanceof Date) into.push([key, value.toISOString()])
  else if (typeof value === 'object')
    for (const [name, inner] of Object.entries(value)) flatten(inner, key ? `${key}[${name}]` : name, into)
  else into.push([key, String(value)])
}

/**
 * The admin's list of a collection filtered by `where`, the same address the list's own filter
 * controls write: an item on the desk opens exactly the documents it counted.
 */
export const adminListURL = (
  collection: string,
  where: Where,
  extra: { sort?: string; locale?: string; limit?: number } = {},
): string => {
  const pairs: [string, string][] = []
  flatten({ ...extra, where } satisfies Query, '', pairs)
  const query = pairs.map(([key, value]) => `${encodeURI(key)}=${encodeURIComponent(value)}`).join('&')
  return `/admin/collections/${collection}?${query}`
}
