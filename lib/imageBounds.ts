// The largest image the CMS decodes. Decoding takes about 4 bytes a pixel whatever the file's size:
// a 30 KB PNG of one colour can declare 16000×16000 pixels and take a gigabyte to open.

/** At most 40 megapixels (a 7,700×5,200 photo). */
export const largestImagePixels = 40_000_000
/** At most 12,000 pixels on either side. */
export const largestImageSide = 12_000

/** Why an image of this size is refused, or null. Read from the header, before any decoding. */
export const imageSizeProblem = (width: number, height: number): string | null =>
  width > largestImageSide || height > largestImageSide || width * height > largestImagePixels
    ? `This image is ${width}×${height} pixels; the limit is ${largestImageSide.toLocaleString('en')} pixels a side and ${largestImagePixels / 1_000_000} megapixels. Export it smaller (2000 px wide is plenty) and upload again.`
    : null
