import sharp from 'sharp'

// Abstract steppe-and-sun artwork, so the demo has real images without shipping any.
const hash = (text: string) => [...text].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) >>> 0, 7)

const hsl = (h: number, s: number, l: number) => {
  const a = (s / 100) * Math.min(l / 100, 1 - l / 100)
  const channel = (n: number) => {
    const k = (n + h / 30) % 12
    const value = l / 100 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0')
  }
  return `#${channel(0)}${channel(8)}${channel(4)}`
}

export const placeholderImage = async (seed: string, width: number, height: number): Promise<Buffer> => {
  const hue = hash(seed) % 360
  const sun = {
    x: width * (0.55 + (hash(seed + 'x') % 30) / 100),
    y: height * 0.32,
    r: Math.min(width, height) * 0.16,
  }
  const horizon = height * 0.62
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="${hsl(hue, 55, 32)}"/><stop offset="1" stop-color="${hsl((hue + 30) % 360, 60, 62)}"/>
  </linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#sky)"/>
  <circle cx="${sun.x}" cy="${sun.y}" r="${sun.r}" fill="${hsl((hue + 190) % 360, 85, 80)}" opacity="0.85"/>
  <path d="M0 ${horizon} Q ${width * 0.25} ${horizon - height * 0.08} ${width * 0.5} ${horizon} T ${width} ${horizon - height * 0.04} V ${height} H 0 Z" fill="${hsl((hue + 20) % 360, 35, 22)}"/>
  <path d="M0 ${horizon + height * 0.12} Q ${width * 0.4} ${horizon + height * 0.02} ${width} ${horizon + height * 0.14} V ${height} H 0 Z" fill="${hsl((hue + 10) % 360, 30, 14)}"/>
</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}
