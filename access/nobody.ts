import type { FieldAccess } from 'payload'

/** Fields only the system writes (through hooks), never a request. */
export const nobody: FieldAccess = () => false
