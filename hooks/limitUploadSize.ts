import type { CollectionBeforeOperationHook } from 'payload'
import { refuse } from './refuse'

export const maxUploadBytes = Number(process.env.MAX_UPLOAD_MB ?? 10) * 1024 * 1024

/** Photos from an embassy's phone are welcome; a 200 MB TIFF is not. Checked before anything reads it. */
export const limitUploadSize: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const size = req.file?.size
  if ((operation === 'create' || operation === 'update') && size !== undefined && size > maxUploadBytes)
    refuse('media', [
      {
        path: 'file',
        message: `This image is ${(size / 1048576).toFixed(1)} MB; the limit is ${maxUploadBytes / 1048576} MB. Export it smaller (2000 px wide is plenty) and upload again.`,
      },
    ])
  return args
}
