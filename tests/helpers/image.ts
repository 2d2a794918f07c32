import sharp from 'sharp'

/** A real JPEG of the given size, for uploads. */
export const jpeg = async (width = 64, height = 48) =>
  sharp({ create: { width, height, channels: 3, background: { r: 40, g: 90, b: 160 } } })
    .jpeg()
    .toBuffer()

export const imageFile = async (name: string) => {
  const data = await jpeg()
  return { data, mimetype: 'image/jpeg', name, size: data.length }
}
