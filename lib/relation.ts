/** A populated relationship, or null when only its ID came back (not populated, or not readable). */
export const relation = <T>(value: unknown): T | null =>
  value && typeof value === 'object' ? (value as T) : null
