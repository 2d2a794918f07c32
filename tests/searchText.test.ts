import { describe, expect, it } from 'vitest'
import { mergeLocales } from '../lib/mergeLocales'
import { searchScore } from '../lib/searchRank'
import { maxSearchText, readSearchText, searchTextOf, searchWords } from '../lib/searchText'

// Pure functions: no Payload, no database.

describe('search words', () => {
  it('reads a Cyrillic title and its Latin spelling as the same words', () => {
    expect(searchWords('Амре')).toEqual(searchWords('Amre'))
    expect(searchWords('амре')).toEqual(['amre'])
    expect(searchWords('AMRE')).toEqual(['amre'])
    expect(searchWords('Мың бала')).toEqual(searchWords('myn bala'))
    expect(searchWords('Мың бала')).toEqual(searchWords('MYNG BALA'))
  })

  it('transliterates every Kazakh letter, in either case', () => {
    expect(searchWords('ә ғ қ ң ө ұ ү һ і')).toEqual(['a', 'g', 'k', 'n', 'o', 'u', 'u', 'h', 'i'])
    expect(searchWords('Ә Ғ Қ Ң Ө Ұ Ү Һ І')).toEqual(searchWords('ә ғ қ ң ө ұ ү һ і'))
    expect(searchWords('Қазақ киносының күндері')).toEqual(['kazak', 'kinosinin', 'kunderi'])
  })

  it('folds the usual Latin spellings of one name together', () => {
    expect(searchWords('Қазақ')).toEqual(searchWords('Kazakh'))
    expect(searchWords('Қазақ')).toEqual(searchWords('Qazaq'))
    expect(searchWords('Аруах')).toEqual(searchWords('Aruakh'))
    expect(searchWords('Алия')).toEqual(searchWords('Aliya'))
    expect(searchWords('Жанна')).toEqual(searchWords('Zhanna'))
    expect(searchWords('Брюссель')).toEqual(searchWords('Brussel'))
    expect(searchWords('Сатаев')).toEqual(searchWords('Satayev'))
    expect(searchWords('Евгений')).toEqual(searchWords('Yevgeny'))
  })

  it('reads Russian letters, ё as е, and drops hard and soft signs', () => {
    expect(searchWords('Щука')).toEqual(['shchuka'])
    expect(searchWords('Ёлка')).toEqual(searchWords('Елка'))
    expect(searchWords('Мать объект')).toEqual(['mat', 'obekt'])
    expect(searchWords('Дороги к матери')).toEqual(['dorogi', 'k', 'materi'])
  })

  it('ignores case, accents and compatibility forms', () => {
    expect(searchWords('CRÈME Brûlée')).toEqual(['creme', 'brule'])
    expect(searchWords('ﬁlm ＡＭＲＥ')).toEqual(['film', 'amre'])
    expect(searchWords('The Projectionist')).toEqual(searchWords('the projectionist'))
  })

  it('keeps only letters and digits: wildcards and regex characters never reach a query', () => {
    expect(searchWords('100% a_b .* (x|y) [z] ^$ \\ ? +')).toEqual(['100', 'a', 'b', 'x', 'i', 'z'])
    expect(searchWords('%')).toEqual([])
    expect(searchWords('_')).toEqual([])
    expect(searchWords('.*')).toEqual([])
  })

  it('drops emoji and direction marks, and keeps the letters of right-to-left scripts', () => {
    expect(searchWords('Амре 🎬🇰🇿 👍🏽')).toEqual(['amre'])
    expect(searchWords('\u202Eשלום\u202C \u200Fסרט')).toEqual(['שלום', 'סרט'])
  })

  it('reads a 10,000-character text quickly and a non-text as nothing', () => {
    const long = 'Мың бала '.repeat(1200)
    const started = performance.now()
    const words = searchWords(long)
    expect(performance.now() - started).toBeLessThan(500)
    expect(new Set(words)).toEqual(new Set(['min', 'bala']))
    expect(searchWords(undefined)).toEqual([])
    expect(searchWords(null)).toEqual([])
    expect(searchWords({ ru: 'Амре' })).toEqual([])
    expect(searchWords(2024)).toEqual(['2024'])
  })
})

describe('the stored search text', () => {
  it('keeps titles, original titles and the rest apart, each word once', () => {
    const text = searchTextOf({
      title: ['Амре', 'Amre'],
      originalTitle: ['Әмре'],
      other: ['Режиссёр Амре', 'Amre'],
    })
    expect(readSearchText(text)).toEqual({
      title: ['amre'],
      originalTitle: ['amre'],
      other: ['rejiser', 'amre'],
    })
  })

  it('is bounded however long the texts are, and never cut inside the titles', () => {
    const text = searchTextOf({
      title: ['Мың бала'],
      originalTitle: [],
      other: Array.from({ length: 5000 }, (_, i) => `word${i}`),
    })
    expect(text.length).toBeLessThanOrEqual(maxSearchText)
    expect(readSearchText(text).title).toEqual(['min', 'bala'])
  })
})

describe('ranking', () => {
  const doc = (title: string, originalTitle = '', other = '') =>
    searchTextOf({ title: [title], originalTitle: [originalTitle], other: [other] })
  const rank = (q: string, ...texts: string[]) => {
    const words = searchWords(q)
    return texts
      .map((text, index) => ({ index, score: searchScore(text, words) }))
      .filter(({ score }) => score > 0)
      .sort((a, b) => b.score - a.score)
      .map(({ index }) => index)
  }

  it('puts a title over an original title over any other text', () => {
    expect(rank('amre', doc('Other', '', 'Amre'), doc('Other', 'Amre'), doc('Amre'))).toEqual([2, 1, 0])
  })

  it('puts a whole word over its start over a part of it', () => {
    expect(rank('bala', doc('Balalaika'), doc('Bala'), doc('Kobala'))).toEqual([1, 0, 2])
  })

  it('puts a title containing the word over an original title that is exactly it', () => {
    expect(rank('amre', doc('Other', 'Amre'), doc('Amreland'))).toEqual([1, 0])
  })

  it('finds nothing when a word is missing', () => {
    expect(searchScore(doc('Мың бала'), searchWords('myn kino'))).toBe(0)
    expect(searchScore(doc('Мың бала'), searchWords('myn bala'))).toBeGreaterThan(0)
  })
})

describe('a save in one language', () => {
  it('keeps the other languages of what is stored', () => {
    const stored = {
      title: { en: 'Amre', ru: 'Амре' },
      partners: [{ id: 'p1', name: { en: 'Cinematheque', ru: 'Синематека' } }],
      body: { en: { root: { children: [] } } },
      year: 2024,
    }
    const incoming = {
      title: 'Әмре',
      partners: [{ id: 'p1', name: 'Синематека' }, { name: 'Жаңа' }],
      body: { root: { children: [{ text: 'Мәтін' }] } },
    }
    expect(mergeLocales(incoming, stored, 'kk')).toEqual({
      title: { en: 'Amre', ru: 'Амре', kk: 'Әмре' },
      partners: [
        { id: 'p1', name: { en: 'Cinematheque', ru: 'Синематека', kk: 'Синематека' } },
        { name: 'Жаңа' },
      ],
      body: { en: { root: { children: [] } }, kk: { root: { children: [{ text: 'Мәтін' }] } } },
      year: 2024,
    })
  })

  it('takes a save in every language as it is', () => {
    const incoming = { title: { en: 'Amre', ru: 'Амре' } }
    expect(mergeLocales(incoming, { title: { kk: 'Әмре' } }, 'all')).toEqual(incoming)
  })
})
