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
