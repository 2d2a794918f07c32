import { ValidationError } from 'payload'
import type { CollectionSlug, PayloadRequest } from 'payload'

export type FieldProblem = { path: string; message: string }

/**
 * Turn down a write with the fields named, as a 400 that the admin shows beside each field. With
 * the request, Payload's own summary ("The following field is invalid") is in its language too.
 */
export const refuse = (collection: CollectionSlug, problems: FieldProblem[], req?: PayloadRequest): never => {
  throw new ValidationError({ collection, errors: problems, req }, req?.t)
}
