import type { S3ClientConfig } from '@aws-sdk/client-s3'
import { objectStore } from './env'

/**
 * How the app talks to the bucket in S3_BUCKET. Services other than Amazon S3 (S3_ENDPOINT set) get
 * checksums only where the API requires them: since early 2025 the AWS SDKs add integrity checksums
 * to every upload by default, which many S3-compatible servers refuse or store garbled
 * (https://github.com/boto/boto3/issues/4392, the change announced for every AWS SDK).
 */
export const objectStoreClientConfig = (): S3ClientConfig | null =>
  objectStore && {
    region: objectStore.region,
    endpoint: objectStore.endpoint,
    forcePathStyle: objectStore.forcePathStyle,
    credentials: objectStore.credentials,
    ...(objectStore.endpoint
      ? { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' }
      : {}),
  }
