import { createLocalReq, type PayloadRequest } from 'payload'

/**
 * The request a hook passes to the Local API for the system's own bookkeeping (image visibility,
 * attendance, audit, notifications): nobody signed in, so no user-bound hook (such as the one that
 * stamps an upload with its embassy) acts on it, but in the caller's transaction, so the bookkeeping
 * commits or rolls back with the save that caused it. Its own `context`: Payload merges a nested
 * call's context into the request it is given, which would reach back into the caller's save.
 * Call it with `overrideAccess: true`.
 */
export const systemRequest = async (req: Partial<PayloadRequest>): Promise<PayloadRequest> => {
  if (!req.payload) throw new Error('systemRequest needs the request of a Payload operation')
  // A transaction still being opened is awaited, so both requests hold the same settled ID.
  const transactionID = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const system = await createLocalReq(
    {
      context: {},
      locale: req.locale ?? undefined,
      req: { transactionID: transactionID ?? undefined, i18n: req.i18n } as Partial<PayloadRequest>,
    },
    req.payload,
  )
  if (req.fallbackLocale !== undefined) system.fallbackLocale = req.fallbackLocale
  return system
}
