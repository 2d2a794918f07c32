import { describe, expect, it } from 'vitest'
import { pathInLanguage } from '../lib/languagePath'

describe('the language switcher’s addresses', () => {
  it('keeps the page and its filters', () => {
    expect(pathInLanguage('/en/events', '?country=BE&when=past', 'kk')).toBe(
      '/kk/events?country=BE&when=past',
    )
    expect(pathInLanguage('/ru/films/amre', '', 'en')).toBe('/en/films/amre')
    expect(pathInLanguage('/ru', '', 'kk')).toBe('/kk')
  })

  it('reads a list’s internal path back to its public address with its query', () => {
    expect(pathInLanguage('/en/_lists/events/when%3Dpast%26country%3DBE', '', 'ru')).toBe(
      '/ru/events?when=past&country=BE',
    )
  })
})
