// The largest image the CMS decodes. Decoding takes about 4 bytes a pixel whatever the file's size:
// a 30 KB PNG of one colour can declare 16000×16000 pixels and take a gigabyte to open.

/** At most 40 megapixels (a 7,700×5,200 photo). */
export const largestImagePixels = 40_000_000
/** At most 12,000 pixels on either side. */
export const largestImageSide = 12_000

/** Whether an image of this size is refused. Read from the header, before any decoding. */
export const tooManyPixels = (width: number, height: number): boolean =>
  width > largestImageSide || height > largestImageSide || width * height > largestImagePixels
