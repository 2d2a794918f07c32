import sharp from 'sharp'
import { largestImagePixels } from '../lib/imageBounds'

/**
 * sharp as Payload calls it to resize and crop uploads, refusing to decode more pixels than the
 * CMS accepts: a fence behind the Media hook that reads each image's header first.
 */
export const boundedSharp = ((input?: Parameters<typeof sharp>[0], options?: sharp.SharpOptions) =>
  sharp(input as never, { ...options, limitInputPixels: largestImagePixels })) as typeof sharp
