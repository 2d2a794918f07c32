// One cached page per list and query: the canonical query string the proxy rewrites to.
import { describe, expect, it } from 'vitest'
import { filtersOfPath, listHref } from '../lib/listPath'
import { canonicalQuery, listParameters } from '../lib/listQuery'
import { canonicalPageNumber, listPageRewrites, plainSearchText } from '../config/listPageRewrites.mjs'
import { config } from '../proxy'

const canonical = (list: 'events' | 'films' | 'search', query: string) =>
  canonicalQuery(list, new URLSearchParams(query))

describe('the canonical form of a list’s query', () => {
  it('keeps known filters in a fixed order, whatever order they came in', () =>
    expect(canonical('events', 'country=BE&when=past')).toBe('when=past&country=BE'))
  it('drops unknown parameters', () =>
    expect(canonical('events', 'utm_source=mail&country=BE&_rsc=1x')).toBe('country=BE'))
  it('drops values that are not valid, so they cannot make pages of their own', () => {
    expect(canonical('events', 'country=XX&year=20255&type=party&when=soon&page=1')).toBe('')
    expect(canonical('films', 'genre=historical&language=xx&year=1066')).toBe('genre=historical')
  })
  it('keeps the last of a repeated parameter, as Next’s router does', () => {
    expect(canonical('events', 'country=BE&country=FR')).toBe('country=FR')
    expect(canonical('films', 'page=3&page=2')).toBe('page=2')
    expect(canonical('films', 'page=abc&page=2')).toBe('page=2')
  })
  it('writes numbers one way', () =>
    expect(canonical('events', 'year=2025&page=003')).toBe('year=2025&page=3'))
  it('trims search text, folds its spaces and caps its length', () => {
    expect(canonical('search', 'q=%20%20Road%20%20to%20mother%20')).toBe('q=Road+to+mother')
    expect(new URLSearchParams(canonical('search', `q=${'я'.repeat(500)}`)).get('q')).toHaveLength(100)
    expect(canonical('search', 'q=a')).toBe('')
  })
})

describe('the internal route’s path', () => {
  it('reads back the filters the proxy wrote', () =>
    expect(filtersOfPath('events', encodeURIComponent('when=past&country=BE'))).toEqual({
      when: 'past',
      country: 'BE',
    }))
  it('refuses a path the proxy would not have written', () => {
    expect(filtersOfPath('events', encodeURIComponent('country=BE&when=past'))).toBeNull()
    expect(filtersOfPath('events', encodeURIComponent('country=BE&utm=1'))).toBeNull()
    expect(filtersOfPath('events', '')).toBeNull()
  })
})

describe('a path that is not a query', () => {
  it('is refused, not an error', () => expect(filtersOfPath('events', '%%drp:query%%')).toBeNull())
  it('is read whether it arrives decoded or not', () =>
    expect(filtersOfPath('search', 'q=%D0%90%D0%BC%D1%80%D0%B5')).toEqual({ q: 'Амре' }))
})

describe('a list’s own links', () => {
  it('are written in the canonical form, so the proxy serves them without a redirect', () =>
    expect(listHref('en', 'films', { page: 3, year: 2001, genre: 'drama' })).toBe(
      '/en/films?genre=drama&year=2001&page=3',
    ))
  it('leave page 1 as the list itself', () => {
    expect(listHref('kk', 'films', { page: 1 })).toBe('/kk/films')
    expect(listHref('ru', 'events', { country: 'BE', page: 1 })).toBe('/ru/events?country=BE')
  })
  it('page the film catalogue as they page the events list', () =>
    expect(canonical('films', 'page=2&genre=drama')).toBe('genre=drama&page=2'))
})

describe('the proxy', () => {
  it('runs for every parameter a list knows, so no filter is missed by its matcher', () => {
    const keys = config.matcher.flatMap((entry) =>
      typeof entry === 'string' ? [] : entry.has.map((has) => has.key),
    )
    expect([...new Set(keys)].sort()).toEqual(
      [...new Set(Object.values(listParameters).flatMap(Object.keys))].sort(),
    )
  })

  it('leaves a canonical page number alone to Next’s rewrite, and takes every other one to tidy', () => {
    const pageMatcher = config.matcher.find(
      (entry) => typeof entry !== 'string' && entry.has.some((has) => has.key === 'page'),
    ) as { has: { value?: string }[] }
    expect(pageMatcher.has[0].value).toBe(`(?!(?:${canonicalPageNumber})$)[\\s\\S]*`)
    // As Next matches a `has` value: anchored at both ends, the last of repeated parameters.
    const proxyTakes = new RegExp(`^${pageMatcher.has[0].value}$`)
    const pageRewrites = listPageRewrites.filter((rewrite) => rewrite.has[0].key === 'page')
    const rewrites = pageRewrites.map((rewrite) => new RegExp(`^${rewrite.has[0].value}$`))
    const values = [
      ...Array.from({ length: 1100 }, (_, index) => String(index)),
      ...['02', '002', '0002', '2.0', ' 2', '2 ', '+2', '1e3', '0x10', 'abc', '٣', '1000000', '\n', '2\n'],
    ]
    for (const value of values) {
      const canonicalPage = listParameters.films.page(value) === value
      expect(proxyTakes.test(value), value).toBe(!canonicalPage)
      for (const rewrite of rewrites) expect(rewrite.test(value), value).toBe(canonicalPage)
    }
    // The rewrite writes the path the proxy writes for the same page: one cache entry.
    expect(pageRewrites).toEqual([
      expect.objectContaining({
        source: '/:locale(kk|ru|en)/:list(events|films|reports)',
        destination: `/:locale/_lists/:list/${encodeURIComponent('page=')}:page`,
      }),
    ])
  })
})

describe('a plain search', () => {
  const plain = new RegExp(`^${plainSearchText}$`)
  const samples = [
    'amre',
    'Амре',
    'амре',
    'AMRE 2024',
    'қазақ киносы',
    'Бақыт құшағында',
    'ab',
    'a',
    'amre  film',
    ' amre',
    'amre ',
    'amre.',
    'amre+film',
    'amre&x=1',
    '100%',
    'Chișinău',
    'Ärger',
    'И\u0306',
    '\u0418\u0306ога',
    'амре\u0483',
    'x'.repeat(100),
    'x'.repeat(101),
    'a/b',
    '..',
    'amre\nfilm',
  ]

  it('is only text already in the canonical form, which a path holds without encoding', () => {
    for (const text of samples)
      if (plain.test(text)) {
        expect(listParameters.search.q(text), text).toBe(text)
        expect(encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, ''), text).toMatch(/^[0-9A-Za-z%]*$/)
      }
    expect(samples.filter((text) => plain.test(text))).toEqual([
      'amre',
      'Амре',
      'амре',
      'AMRE 2024',
      'қазақ киносы',
      'Бақыт құшағында',
      'ab',
      'x'.repeat(100),
    ])
  })

  it('is rewritten by the router, and every other search passes the proxy', () => {
    const searchMatcher = config.matcher.find(
      (entry) => typeof entry !== 'string' && entry.has.some((has) => has.key === 'q'),
    ) as { has: { value?: string }[] }
    expect(searchMatcher.has[0].value).toBe(`(?!(?:${plainSearchText})$)[\\s\\S]*`)
    // Next reads proxy.ts's config without running it and doubles the backslash of a \\u escape:
    // the letters are written as themselves, and the only escapes left are \\s and \\S.
    expect(searchMatcher.has[0].value!.replace(/\\[sS]/g, '')).not.toContain('\\')
    const proxyTakes = new RegExp(`^${searchMatcher.has[0].value}$`)
    const rewrite = listPageRewrites.find((entry) => entry.has[0].key === 'q')!
    expect(rewrite).toEqual(
      expect.objectContaining({
        source: '/:locale(kk|ru|en)/:list(search)',
        destination: `/:locale/_lists/:list/${encodeURIComponent('q=')}:q`,
      }),
    )
    const rewritten = new RegExp(`^${rewrite.has[0].value}$`)
    for (const text of samples) {
      expect(proxyTakes.test(text), text).toBe(!plain.test(text))
      expect(rewritten.exec(text)?.groups?.q, text).toBe(plain.test(text) ? text : undefined)
    }
  })

  it('is read back from the path the rewrite writes, decoded or not', () => {
    expect(filtersOfPath('search', 'q=Амре')).toEqual({ q: 'Амре' })
    expect(filtersOfPath('search', encodeURIComponent('q=Амре'))).toEqual({ q: 'Амре' })
    expect(filtersOfPath('search', 'q=amre film')).toEqual({ q: 'amre film' })
    // The proxy's form of the same text still reads as it did.
    expect(filtersOfPath('search', 'q=amre+film')).toEqual({ q: 'amre film' })
    for (const path of ['q=amre  film', 'q= amre', 'q=a', 'q=amre&x=1', 'q=Ärger', 'x=amre'])
      expect(filtersOfPath('search', path), path).toBeNull()
    // Only search reads a plain text.
    expect(filtersOfPath('films', 'q=amre')).toBeNull()
  })
})
