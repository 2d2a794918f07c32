// The public address and size of an image in one of the sizes the media collection makes.
type Size = { url?: string | null; width?: number | null; height?: number | null }
type Image = Size & { alt?: string | null; sizes?: Record<string, Size | undefined> | null }

// 'original' is the file as uploaded, at its own aspect ratio (a poster is not cropped to a card).
export const imageIn = (image: unknown, size: 'card' | 'hero' | 'social' | 'original') => {
  if (!image || typeof image !== 'object') return null
  const { sizes, alt, ...original } = image as Image
  const chosen = sizes?.[size]?.url ? sizes[size]! : original
  // Payload writes absolute URLs; the images are served by this same app, so their path is enough.
  return chosen.url
    ? {
        src: new URL(chosen.url, 'http://localhost').pathname,
        width: chosen.width ?? 1200,
        height: chosen.height ?? 800,
        alt: alt ?? '',
      }
    : null
}

/**
 * Which card of a list gets `priority` (components/Photo.tsx): the first with a picture among the
 * first `within` cards, those on a phone's first screen; -1 when none of them has one. Not simply
 * the first card: an event without a picture left the next card's picture, the page's LCP element,
 * loading lazily behind the fonts (Lighthouse performance on the archive's home 80-86, issue 10).
 * Not further down either: a picture below the fold fetched first would hold up what is above it.
 */
export const firstWithPicture = (images: readonly unknown[], within = 2) => {
  const index = images.findIndex((image) => imageIn(image, 'card') !== null)
  return index < within ? index : -1
}
