import type { Locale } from './locales'

// Outer and inner quotation marks: Russian and Kazakh nest „…“ inside «…» (the ministry's
// glossary), English ‘…’ inside “…”.
const marks: Record<Locale, { open: string; close: string; innerOpen: string; innerClose: string }> = {
  ru: { open: '«', close: '»', innerOpen: '„', innerClose: '“' },
  kk: { open: '«', close: '»', innerOpen: '„', innerClose: '“' },
  en: { open: '“', close: '”', innerOpen: '‘', innerClose: '’' },
}

// A mark that may open a quotation where it stands: after a space, a bracket or a dash, or first.
const opensAt = (text: string, i: number) => i === 0 || /[\s([{—–-]/.test(text[i - 1])

/**
 * `text` with its quotation marks written as the language nests them, however the editor typed
 * them (« », “ ”, „ “ or straight quotes): the outermost level in the main marks, every level
 * inside in the inner ones. `depth` is the level the text starts at (1 inside a quotation).
 */
export const nestQuotes = (text: string, locale: Locale, depth = 0): string => {
  const { open, close, innerOpen, innerClose } = marks[locale]
  let level = depth
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    const opens = char === '«' || char === '„' || ((char === '“' || char === '"') && opensAt(text, i))
    const closes = !opens && level > depth && (char === '»' || char === '”' || char === '“' || char === '"')
    if (opens) out += ++level === 1 ? open : innerOpen
    else if (closes) out += level-- === 1 ? close : innerClose
    else out += char
  }
  return out
}

/** `text` as a quotation in `locale`: in the outer marks, with any quotation inside it nested. */
export const quoted = (text: string, locale: Locale): string => {
  const { open, close } = marks[locale]
  return `${open}${nestQuotes(text, locale, 1)}${close}`
}
