// `node scripts/make-icons.mjs`: draws app/favicon.ico (16, 32 and 48 px) and app/apple-icon.png
// (180 px) from app/icon.svg, the one drawing of the site's mark. Run it after changing the SVG and
// commit the results; Next serves all three by its file conventions.
//
// Why the ICO container is written here: sharp reads SVG and writes PNG but not ICO, and an ICO
// holding PNG images is a 6-byte header and a 16-byte entry per image (Windows Vista and every
// browser since read it), smaller than a dependency for it.
import fs from 'node:fs'
import sharp from 'sharp'

const svg = fs.readFileSync('app/icon.svg')
const png = (size, drawing = svg) =>
  sharp(drawing, { density: 72 * (size / 64) * 4 })
    .resize(size, size)
    .png()
    .toBuffer()
// iOS rounds the corners itself and fills what is transparent with black: square, edge to edge.
const square = Buffer.from(svg.toString().replace('rx="14"', 'rx="0"'))

const ico = (images) => {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0) // reserved
  header.writeUInt16LE(1, 2) // 1 = icon
  header.writeUInt16LE(images.length, 4)
  let offset = 6 + 16 * images.length
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16)
    entry.writeUInt8(size >= 256 ? 0 : size, 0) // width (0 means 256)
    entry.writeUInt8(size >= 256 ? 0 : size, 1) // height
    entry.writeUInt8(0, 2) // no palette
    entry.writeUInt8(0, 3) // reserved
    entry.writeUInt16LE(1, 4) // colour planes
    entry.writeUInt16LE(32, 6) // bits per pixel
    entry.writeUInt32LE(data.length, 8)
    entry.writeUInt32LE(offset, 12)
    offset += data.length
    return entry
  })
  return Buffer.concat([header, ...entries, ...images.map(({ data }) => data)])
}

const sizes = [16, 32, 48]
const images = await Promise.all(sizes.map(async (size) => ({ size, data: await png(size) })))
fs.writeFileSync('app/favicon.ico', ico(images))
fs.writeFileSync('app/apple-icon.png', await png(180, square))
console.log(`app/favicon.ico (${sizes.join(', ')} px) and app/apple-icon.png (180 px) written.`)
