import transliterate from '@sindresorhus/transliterate'

/**
 * Search matches words, not spellings. Every text the site searches, and every query, goes through
 * `searchWords`: NFKC, lower case, Cyrillic to Latin, accents off, then a few folds for the ways one
 * Kazakh or Russian name is spelt in Latin. The result is a search key, never shown to anyone:
 * «Мың бала», "MYN BALA" and "Myng Bala" all become `min bala`; «Қазақ», "Kazakh" and "Qazaq" become
 * `kazak`. Only letters and digits survive, so `%`, `_` and regex characters never reach a query.
 */

// @sindresorhus/transliterate covers Russian but leaves Kazakh's own letters as they are; these follow
// the usual romanisation (ALA-LC without diacritics). ё is read as е: Russian is printed either way.
const kazakhLetters: [string, string][] = [
  ['ә', 'a'],
  ['ғ', 'gh'],
  ['қ', 'q'],
  ['ң', 'ng'],
  ['ө', 'o'],
  ['ұ', 'u'],
  ['ү', 'u'],
  ['һ', 'h'],
  ['і', 'i'],
  ['ё', 'e'],
  // The library writes щ as German "sch"; Russian romanisation writes "shch".
  ['щ', 'shch'],
]

// Spellings of one sound, folded to one letter on both sides of a comparison, in this order: kh, gh,
// zh, ng and q (Қазақ/Kazakh/Qazaq, Мың/Myn); y as i (Tsoy/Tsoi); then an i before a vowel goes, as
// Latin spellings of я, ю, е write it or not (Aliya/Alia, Брюссель/Brussel, Сатаев/Satayev); last,
// doubled letters (Zhanna/Zhana).
const folds: [RegExp, string][] = [
  [/kh/g, 'k'],
  [/gh/g, 'g'],
  [/zh/g, 'j'],
  [/ng/g, 'n'],
  [/q/g, 'k'],
  [/y/g, 'i'],
  [/i(?=[aeou])/g, ''],
  [/(\p{L})\1+/gu, '$1'],
]

/** Longest text read from one field: a search key needs the words, not a whole book. */
const maxInput = 20_000

/** The search key of a text: its words, normalised, transliterated and folded, in order. */
export const searchWords = (text: unknown): string[] => {
  if (typeof text !== 'string' && typeof text !== 'number') return []
  const latin = transliterate(String(text).slice(0, maxInput).normalize('NFKC').toLowerCase(), {
    customReplacements: kazakhLetters,
  })
  return latin
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼʹʻ`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => folds.reduce((folded, [pattern, to]) => folded.replace(pattern, to), word))
}

/** What a document is found by: its titles first, then its original title, then everything else. */
export type SearchSections = { title: unknown[]; originalTitle: unknown[]; other: unknown[] }

/** Sections are separated by a character `searchWords` never keeps, so a section can be read back. */
const sectionMark = ' | '

/** Longest search text stored for one document, so a scan of the archive stays cheap. */
export const maxSearchText = 12_000

/** The stored search text: each section's distinct words, titles first and never cut. */
export const searchTextOf = ({ title, originalTitle, other }: SearchSections): string => {
  const distinct = (texts: unknown[]) => [...new Set(texts.flatMap(searchWords))].join(' ')
  const text = [distinct(title), distinct(originalTitle), distinct(other)].join(sectionMark)
  if (text.length <= maxSearchText) return text
  return text.slice(0, maxSearchText).replace(/\s+\S*$/, '')
}

/** A stored search text read back into its sections' words. */
export const readSearchText = (
  text: unknown,
): { title: string[]; originalTitle: string[]; other: string[] } => {
  const [title = '', originalTitle = '', other = ''] = (typeof text === 'string' ? text : '').split('|')
  const words = (section: string) => section.split(' ').filter(Boolean)
  return { title: words(title), originalTitle: words(originalTitle), other: words(other) }
}
