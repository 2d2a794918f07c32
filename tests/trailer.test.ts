import { describe, expect, it } from 'vitest'
import { trailerEmbedURL } from '../lib/trailer'

describe('trailer embeds', () => {
  it('a YouTube trailer plays from the no-cookie domain, whatever form its address takes', () => {
    const embed = 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1'
    expect(trailerEmbedURL('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=5')).toBe(embed)
    expect(trailerEmbedURL('https://youtu.be/dQw4w9WgXcQ')).toBe(embed)
    expect(trailerEmbedURL('https://m.youtube.com/shorts/dQw4w9WgXcQ')).toBe(embed)
  })

  it('a Vimeo trailer plays without tracking', () => {
    expect(trailerEmbedURL('https://vimeo.com/76979871')).toBe(
      'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1',
    )
  })

  it('any other address is only a link', () => {
    expect(trailerEmbedURL('https://example.org/trailer.mp4')).toBeNull()
    expect(trailerEmbedURL('https://www.youtube.com/watch?v=<script>')).toBeNull()
    expect(trailerEmbedURL('not a url')).toBeNull()
    expect(trailerEmbedURL(null)).toBeNull()
  })
})
