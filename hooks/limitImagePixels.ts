import type { CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'
import { largestImagePixels, largestImageSide, tooManyPixels } from '../lib/imageBounds'
import { ruleMessage } from '../i18n/ruleMessage'
import { refuse } from './refuse'

/**
 * Refuses an image whose pixels would be too many to decode (a decompression bomb: a small file
 * declaring 16000×16000). sharp's metadata() reads only the header; nothing is decoded here.
 */
export const limitImagePixels: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file?.data) return args
  const header = await sharp(req.file.data)
    .metadata()
    .catch(() => null)
  // Not an image at all: cleanUpload says so.
  if (!header?.width || !header.height) return args
  // `height` covers every frame of an animated image: all of them are decoded.
  const { width, height } = header
  if (tooManyPixels(width, height))
    refuse(
      'media',
      [
        {
          path: 'file',
          // Dimensions read as one token, 16000×16000; the limits as amounts, "12,000".
          message: ruleMessage(req, 'imageTooManyPixels', {
            width: String(width),
            height: String(height),
            side: largestImageSide,
            megapixels: largestImagePixels / 1_000_000,
          }),
        },
      ],
      req,
    )
  return args
}
