import fs from 'node:fs/promises'
import path from 'node:path'
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { mediaDir, objectStore } from './env'
import { objectStoreClientConfig } from './objectStoreClient'

let client: S3Client | undefined

/**
 * The bytes of one stored image file (the original or one of its sizes), from wherever images are
 * kept (config/storage.ts). For server code that has already checked the reader may see it.
 */
export const readStoredImage = async (filename: string): Promise<Uint8Array> => {
  // A file name, never a path: nothing outside the store can be named.
  const name = path.basename(filename)
  if (!objectStore) return new Uint8Array(await fs.readFile(path.join(mediaDir, name)))
  client ??= new S3Client(objectStoreClientConfig()!)
  const object = await client.send(new GetObjectCommand({ Bucket: objectStore.bucket, Key: name }))
  return object.Body!.transformToByteArray()
}
