import { ValidationError } from 'payload'
import type { CollectionSlug } from 'payload'

export type FieldProblem = { path: string; message: string }

/** Turn down a write with the fields named, as a 400 that the admin shows beside each field. */
export const refuse = (collection: CollectionSlug, problems: FieldProblem[]): never => {
  throw new ValidationError({ collection, errors: problems })
}
