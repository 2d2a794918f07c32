import { readSearchText } from './searchText'

// Where a word was found matters more than how: a title that merely contains it beats an original
// title that is exactly it. Scores are section × 3 + kind, so the order is lexicographic.
const sectionWeight = { title: 2, originalTitle: 1, other: 0 } as const
const kindWeight = { whole: 3, prefix: 2, substring: 1 } as const

const bestKind = (words: string[], queryWord: string): number =>
  words.reduce((best, word) => {
    if (word === queryWord) return Math.max(best, kindWeight.whole)
    if (word.startsWith(queryWord)) return Math.max(best, kindWeight.prefix)
    if (word.includes(queryWord)) return Math.max(best, kindWeight.substring)
    return best
  }, 0)

/**
 * How well a document's stored search text answers the query's words (from `searchWords`): the sum,
 * over the words, of the best place each is found. 0 when a word is found nowhere.
 */
export const searchScore = (searchText: unknown, queryWords: string[]): number => {
  const sections = readSearchText(searchText)
  let total = 0
  for (const queryWord of queryWords) {
    let best = 0
    for (const section of ['title', 'originalTitle', 'other'] as const) {
      const kind = bestKind(sections[section], queryWord)
      if (kind > 0) best = Math.max(best, sectionWeight[section] * 3 + kind)
    }
    if (best === 0) return 0
    total += best
  }
  return total
}
