import type { CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'
import { largestImagePixels } from '../lib/imageBounds'
import { acceptedImages } from '../lib/imageTypes'
import { slugify } from '../lib/slugify'
import { refuse } from './refuse'
import { ruleMessage } from '../i18n/ruleMessage'

/**
 * Every upload is judged by its content, not its name or the type the browser claimed: a script
 * renamed .jpg or an SVG (which can carry script) is refused. Accepted images are re-encoded, which
 * drops their metadata (GPS position, camera serial, the photographer's name) after turning them
 * upright, and get a clean file name.
 */
export const cleanUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file?.data) return args
  const file = req.file
  const notAnImage = ruleMessage(req, 'notAnImage')
  const metadata = await sharp(file.data)
    .metadata()
    .catch(() => null)
  const format = metadata?.format === 'heif' && metadata.compression !== 'av1' ? undefined : metadata?.format
  const kind = format ? acceptedImages[format] : undefined
  if (!kind) refuse('media', [{ path: 'file', message: notAnImage }], req)
  // A second fence behind limitImagePixels: sharp itself refuses to decode more.
  const image = sharp(file.data, { failOn: 'error', limitInputPixels: largestImagePixels }).rotate()
  const data = await (
    format === 'jpeg'
      ? image.jpeg({ quality: 90, mozjpeg: true })
      : format === 'png'
        ? image.png()
        : format === 'webp'
          ? image.webp({ quality: 90 })
          : image.avif({ quality: 70 })
  )
    .toBuffer()
    .catch(() => refuse('media', [{ path: 'file', message: notAnImage }], req))
  const base = slugify(file.name.replace(/\.[^.]*$/, '')) || 'image'
  req.file = {
    ...file,
    data,
    size: data.length,
    mimetype: kind!.mimetype,
    name: `${base}.${kind!.extension}`,
  }
  return args
}
