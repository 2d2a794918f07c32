import { describe, expect, it } from 'vitest'
import { nestQuotes, quoted } from '../lib/quotes'

describe('quotation marks', () => {
  it('a Russian or Kazakh quotation is in «…», a quotation inside it in „…“', () => {
    expect(quoted('Фильм «Амре» тронул зал', 'ru')).toBe('«Фильм „Амре“ тронул зал»')
    expect(quoted('«Әміре» фильмі', 'kk')).toBe('«„Әміре“ фильмі»')
    expect(quoted('Мы смотрели "Аруах"', 'ru')).toBe('«Мы смотрели „Аруах“»')
  })

  it('marks already nested right are kept', () => {
    expect(quoted('Фильм „Амре“ тронул зал', 'ru')).toBe('«Фильм „Амре“ тронул зал»')
  })

  it('an English quotation is in “…”, one inside it in ‘…’', () => {
    expect(quoted('We saw “Amre” twice', 'en')).toBe('“We saw ‘Amre’ twice”')
    expect(quoted('A plain sentence', 'en')).toBe('“A plain sentence”')
  })

  it('a title with a quotation inside a quotation is nested', () => {
    expect(nestQuotes('Премьера «Фильма «Амре»» в Вашингтоне', 'ru')).toBe(
      'Премьера «Фильма „Амре“» в Вашингтоне',
    )
    expect(nestQuotes('«Дорога к матери» на кинофестивале', 'ru')).toBe('«Дорога к матери» на кинофестивале')
  })

  it('apostrophes and letters are left alone', () => {
    expect(quoted('Kazakhstan’s pavilion', 'en')).toBe('“Kazakhstan’s pavilion”')
  })
})
