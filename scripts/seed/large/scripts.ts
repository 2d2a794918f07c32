// Names as the archive's editors would have written them: Kazakh people's names in Cyrillic for
// Russian and Kazakh readers (most of them; some only in Latin letters, read by fallback), foreign
// names and venues in Latin letters only (issue 11).
import type { Texts } from './plan'
import { familyNames, femaleNames, maleNames } from './words'

// Longest first: "shch" before "sh", "kh" before "k".
const letters: [string, string][] = [
  ['shch', 'щ'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['ts', 'ц'],
  ['ya', 'я'],
  ['yu', 'ю'],
  ['yo', 'ё'],
  ['ye', 'е'],
  ['a', 'а'],
  ['b', 'б'],
  ['c', 'к'],
  ['d', 'д'],
  ['e', 'е'],
  ['f', 'ф'],
  ['g', 'г'],
  ['h', 'х'],
  ['i', 'и'],
  ['j', 'дж'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['q', 'к'],
  ['r', 'р'],
  ['s', 'с'],
  ['t', 'т'],
  ['u', 'у'],
  ['v', 'в'],
  ['w', 'у'],
  ['x', 'кс'],
  ['y', 'й'],
  ['z', 'з'],
]
const vowels = /[aeiouy]/

/** A Kazakh name in Latin letters, spelled in Cyrillic the Russian way: Satayev → Сатаев. */
export const cyrillicName = (latin: string): string =>
  latin
    .split(/(\s+|-)/)
    .map((word) => {
      let out = ''
      const lower = word.toLowerCase()
      for (let at = 0; at < lower.length;) {
        // "i" after a vowel and before a consonant or the end is a short "й": Aigerim → Айгерим.
        if (lower[at] === 'i' && at > 0 && vowels.test(lower[at - 1]) && !vowels.test(lower[at + 1] ?? '')) {
          out += 'й'
          at++
          continue
        }
        // "y" between consonants is the vowel "ы": Zhaksylykov → Жаксылыков.
        if (lower[at] === 'y' && at > 0 && !vowels.test(lower[at - 1]) && !vowels.test(lower[at + 1] ?? '')) {
          out += 'ы'
          at++
          continue
        }
        // A word that starts with "e" starts with "Э"; "ye" is "е".
        if (at === 0 && lower[0] === 'e') {
          out += 'э'
          at++
          continue
        }
        const match = letters.find(([from]) => lower.startsWith(from, at))
        out += match ? match[1] : lower[at]
        at += match ? match[0].length : 1
      }
      return word[0] && word[0] !== word[0].toLowerCase() ? out[0].toUpperCase() + out.slice(1) : out
    })
    .join('')

const given = new Set<string>([...maleNames, ...femaleNames])
const family = new Set<string>(familyNames)

const isKazakhName = (name: string) => {
  const [first, last, ...rest] = name.split(' ')
  return rest.length === 0 && given.has(first) && (family.has(last) || family.has(last.replace(/a$/, '')))
}

/** The same name always gets the same treatment: a small hash, not the plan's random numbers. */
const hash = (text: string) => [...text].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) >>> 0, 7)

/** Which names the editors spelled in Cyrillic: about four in five of the Kazakh ones. */
const spelledInCyrillic = (name: string) => isKazakhName(name) && hash(name) % 5 !== 0

/** A person's name in every script it was written in. */
export const nameInScripts = (name: string): Texts =>
  spelledInCyrillic(name) ? { en: name, ru: cyrillicName(name), kk: cyrillicName(name) } : { en: name }

/** A film's directors, one list per language: Cyrillic lists only when every name has a spelling. */
export const directorsInScripts = (names: string[]): Partial<Record<'en' | 'ru' | 'kk', string[]>> =>
  names.every(spelledInCyrillic)
    ? { en: names, ru: names.map(cyrillicName), kk: names.map(cyrillicName) }
    : { en: names }

const studios: Record<string, Texts> = {
  Kazakhfilm: { en: 'Kazakhfilm', ru: 'Казахфильм', kk: 'Қазақфильм' },
  'Kazakhfilm Studio named after Shaken Aimanov': {
    en: 'Kazakhfilm Studio named after Shaken Aimanov',
    ru: 'Киностудия «Казахфильм» имени Шакена Айманова',
    kk: 'Шәкен Айманов атындағы «Қазақфильм» киностудиясы',
  },
  'Satai Film': { en: 'Satai Film', ru: 'Сатай Фильм', kk: 'Сатай Фильм' },
}

/** A studio's name: the well-known ones in Cyrillic too, the others as registered. */
export const studioInScripts = (name: string): Texts => studios[name] ?? { en: name }

type PlannedVenue = { name: string; address: string; city: string; latitude: number; longitude: number }

/** A venue as the adapter stores it: its name and address as written locally, its city in every language. */
export const venueInScripts = (venue: PlannedVenue, eventCity: Texts) => ({
  ...venue,
  name: { en: venue.name },
  address: venue.address ? { en: venue.address } : undefined,
  city: venue.city === eventCity.en ? eventCity : { en: venue.city },
})
