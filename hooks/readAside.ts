import type { PayloadRequest } from 'payload'

/**
 * The request to pass to a Local API read made from inside a hook or validator. Payload writes the
 * read's `locale` onto the request it is given, which would switch the surrounding save to that
 * locale; a shallow copy keeps the same user and transaction and leaves the caller's locale alone.
 */
export const readAside = (req: PayloadRequest): PayloadRequest => ({ ...req }) as PayloadRequest
