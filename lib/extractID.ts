// IDs are integers on SQLite and strings on MongoDB, and relationships may arrive populated.
export type IDLike = number | string | { id: number | string } | null | undefined

export const extractID = (value: IDLike): number | string | undefined => {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'object') return value.id
  return value
}

export const sameID = (a: IDLike, b: IDLike): boolean => {
  const left = extractID(a)
  const right = extractID(b)
  return left !== undefined && right !== undefined && String(left) === String(right)
}

/**
 * An ID as the database wants it, from a form or an address where it arrived as text: a number on
 * SQLite, a string on MongoDB. Anything else is returned as it came, for validation to name.
 */
export const asDocumentID = (value: unknown, idType: 'number' | 'text' | string): unknown => {
  if (idType === 'number' && typeof value === 'string' && /^\d+$/.test(value)) return Number(value)
  if (idType !== 'number' && typeof value === 'number') return String(value)
  return value
}
