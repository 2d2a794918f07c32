import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'
import { releaseCloudStorageFlags } from '../hooks/releaseCloudStorageFlags'
import { objectStore } from './env'
import { objectStoreClientConfig } from './objectStoreClient'

const inBucket = s3Storage({
  enabled: objectStore !== null,
  // The plugin's bookkeeping columns (prefix, _objectKey) exist on both storages, so one set of
  // migrations serves both and a site can move its images to a bucket without a schema change.
  alwaysInsertFields: true,
  bucket: objectStore?.bucket ?? 'unused',
  // An explicit (empty) prefix: without one the plugin drops its prefix column only when enabled,
  // and the schema would differ between the two storages.
  collections: { media: { prefix: '' } },
  config: objectStoreClientConfig() ?? {},
})

/**
 * Where uploaded images live: MEDIA_DIR on this machine by default, an S3-compatible bucket when
 * S3_BUCKET is set (several app instances then share one store). Either way every image is served
 * through /api/media/file, after the media collection's read access: a draft's images stay private,
 * so the bucket itself stays private too (no public ACL, no direct or signed links).
 */
export const imageStorage: Plugin = async (incoming) => {
  const ownHooks = new Set(incoming.collections?.find((c) => c.slug === 'media')?.hooks?.afterChange)
  const config = await inBucket(incoming)
  return {
    ...config,
    collections: config.collections?.map((collection) =>
      collection.slug !== 'media'
        ? collection
        : {
            ...collection,
            hooks: {
              ...collection.hooks,
              afterChange: collection.hooks?.afterChange?.map((hook) =>
                ownHooks.has(hook) ? hook : releaseCloudStorageFlags(hook),
              ),
            },
          },
    ),
  }
}
