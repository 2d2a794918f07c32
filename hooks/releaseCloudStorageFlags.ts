import type { CollectionAfterChangeHook } from 'payload'

/**
 * Wraps the cloud-storage plugin's afterChange hook so the flags it sets on `req.context` do not
 * outlive the operation. The plugin sets `skipCloudStorage` (and keeps the upload in
 * `_payloadCloudStorage`) on the context object the caller passed, then clears them from a copy
 * Payload made meanwhile: every later Local API upload with the same context object (a seed, an
 * import, our tests) was saved without its file ever reaching the bucket.
 * https://github.com/payloadcms/payload/issues/17546 (open at 3.90.1); drop this once it is fixed.
 */
export const releaseCloudStorageFlags =
  (hook: CollectionAfterChangeHook): CollectionAfterChangeHook =>
  async (args) => {
    const callerContext = args.req.context
    try {
      return await hook(args)
    } finally {
      delete callerContext.skipCloudStorage
      delete callerContext._payloadCloudStorage
    }
  }
