import type { CollectionBeforeOperationHook } from 'payload'
import { refuse } from './refuse'
import { ruleMessage } from '../i18n/ruleMessage'

export const maxUploadBytes = Number(process.env.MAX_UPLOAD_MB ?? 10) * 1024 * 1024

/** Photos from an embassy's phone are welcome; a 200 MB TIFF is not. Checked before anything reads it. */
export const limitUploadSize: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const size = req.file?.size
  if ((operation === 'create' || operation === 'update') && size !== undefined && size > maxUploadBytes)
    refuse(
      'media',
      [
        {
          path: 'file',
          message: ruleMessage(req, 'fileTooLarge', {
            size: Math.round((size / 1048576) * 10) / 10,
            limit: maxUploadBytes / 1048576,
          }),
        },
      ],
      req,
    )
  return args
}
