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
