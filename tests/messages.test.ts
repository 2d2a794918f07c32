// The message catalogue (messages/{en,ru,kk}.json): complete in every language, valid ICU with the
// same arguments everywhere, and CLDR plurals that read right for 1, 2, 5 and 21.
import fs from 'node:fs'
import path from 'node:path'
// The ICU compiler next-intl ships for precompiling messages (next-intl depends on it): it parses
// with formatjs's parser, throws on invalid syntax and gives a small tree naming every argument.
import compile from 'icu-minify/compile'
import { describe, expect, it } from 'vitest'
import { locales, type Locale } from '../lib/locales'
import { catalogues } from '../lib/messages'
import { clientMessageKeys } from '../lib/portalMessages'
import { passwordResetMail, passwordResetPageText } from '../lib/passwordReset'
import { portalText } from '../lib/portalText'
import { reportMail } from '../lib/reportMail'
import { siteText } from '../lib/siteText'

type Tree = { [key: string]: string | Tree }

/** Every message of a catalogue by its dotted key. */
const flatten = (tree: Tree, prefix = ''): Map<string, string> =>
  new Map(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : [...flatten(value, `${prefix}${key}.`)],
    ),
  )

const messages = Object.fromEntries(
  locales.map((locale) => [locale, flatten(catalogues[locale] as unknown as Tree)]),
) as Record<Locale, Map<string, string>>

// icu-minify's tree: a list of nodes; a node is text, `#` (0), [name] for an argument,
// [name, type, options] for select (1), plural (2) and selectordinal (3), [name, type, style] for
// number, date and time, or [tag, ...children] for markup.
const SELECT = 1
const PLURAL = 2
const SELECTORDINAL = 3

/** The arguments a message takes, and the plural categories each plural argument spells out. */
const argumentsOf = (message: string) => {
  const names = new Set<string>()
  const plurals: Record<string, string[]> = {}
  const tags: string[] = []
  const walkList = (list: unknown): void => {
    if (Array.isArray(list)) list.forEach(walkNode)
  }
  const walkNode = (node: unknown): void => {
    if (!Array.isArray(node)) return
    const [name, type, options] = node as [string, unknown, Record<string, unknown>]
    if (node.length > 1 && typeof type !== 'number') {
      tags.push(name)
      node.slice(1).forEach(walkNode)
      return
    }
    names.add(name)
    if (type === SELECT || type === PLURAL || type === SELECTORDINAL) {
      if (type !== SELECT) plurals[name] = Object.keys(options).sort()
      Object.values(options).forEach(walkList)
    }
  }
  walkList(compile(message))
  return { names: [...names].sort(), plurals, tags }
}

const english = [...messages.en.keys()]

describe('every language has every message', () => {
  it.each(['ru', 'kk'] as const)('%s has every key English has, and no other', (locale) => {
    const keys = [...messages[locale].keys()]
    expect(english.filter((key) => !messages[locale].has(key))).toEqual([])
    expect(keys.filter((key) => !messages.en.has(key))).toEqual([])
  })

  it('no message is empty', () => {
    for (const locale of locales)
      for (const [key, message] of messages[locale]) expect(message.trim(), `${locale} ${key}`).not.toBe('')
  })
})

describe('every message is ICU MessageFormat with the same arguments in every language', () => {
  it.each(locales)('every %s message parses', (locale) => {
    for (const [key, message] of messages[locale])
      expect(() => compile(message), `${locale} ${key}: ${message}`).not.toThrow()
  })

  it('the arguments of each message are the same in kk, ru and en, and none is a markup tag', () => {
    for (const key of english) {
      const inEnglish = argumentsOf(messages.en.get(key)!)
      expect(inEnglish.tags, key).toEqual([])
      for (const locale of ['ru', 'kk'] as const)
        expect(argumentsOf(messages[locale].get(key)!).names, `${locale} ${key}`).toEqual(inEnglish.names)
    }
  })

  it.each(locales)('every plural in %s spells out each CLDR category the language has', (locale) => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories
    const required = locale === 'kk' ? ['other'] : categories // Kazakh nouns stay singular after numbers
    for (const [key, message] of messages[locale])
      for (const [name, spelled] of Object.entries(argumentsOf(message).plurals)) {
        expect(spelled, `${locale} ${key} {${name}}`).toEqual(expect.arrayContaining([...required]))
        for (const category of spelled)
          expect([...categories, 'other'], `${locale} ${key}`).toContain(category)
      }
  })

  it('the argument walk sees arguments inside plural branches', () => {
    expect(argumentsOf('{a}: {n, plural, one {# {b}} other {# {b}s}}').names).toEqual(['a', 'b', 'n'])
    expect(argumentsOf('{n, plural, one {#} few {#} many {#} other {#}}').plurals).toEqual({
      n: ['few', 'many', 'one', 'other'],
    })
  })
})

describe('Russian plurals for 1, 2, 5 and 21', () => {
  const site = siteText('ru')
  const portal = portalText('ru')
  const counts = [1, 2, 5, 21]

  it('screenings', () => {
    expect(counts.map(site.screenings)).toEqual(['1 показ', '2 показа', '5 показов', '21 показ'])
    expect(counts.map((n) => site.figureOf('screenings', n))).toEqual(['показ', 'показа', 'показов', 'показ'])
  })

  it('events', () => {
    expect(counts.map((n) => site.mapCountry('Франция', n))).toEqual([
      'Франция: 1 событие',
      'Франция: 2 события',
      'Франция: 5 событий',
      'Франция: 21 событие',
    ])
    expect(counts.map((n) => site.figureOf('events', n))).toEqual([
      'событие',
      'события',
      'событий',
      'событие',
    ])
  })

  it('countries', () => {
    expect(counts.map((n) => site.figureOf('countries', n))).toEqual(['страна', 'страны', 'стран', 'страна'])
  })

  it('viewers', () => {
    expect(counts.map(site.attendance)).toEqual(['1 зритель', '2 зрителя', '5 зрителей', '21 зритель'])
    expect(counts.map((n) => site.figureOf('audience', n))).toEqual([
      'зритель',
      'зрителя',
      'зрителей',
      'зритель',
    ])
  })

  it('minutes of a locked account and seconds of a throttled sign-in', () => {
    expect(counts.map((n) => portal.problems.locked(n).match(/на (\d+ \S+)/)?.[1])).toEqual([
      '1 минуту',
      '2 минуты',
      '5 минут',
      '21 минуту',
    ])
    expect(counts.map((n) => portal.problems.throttled(n).match(/Подождите (\d+ \S+)/)?.[1])).toEqual([
      '1 секунду',
      '2 секунды',
      '5 секунд',
      '21 секунду',
    ])
  })

  it('people counted at the screenings, and the password’s characters', () => {
    expect(portal.fieldProblems.breakdownOverScreenings(50, 21)).toBe(
      'Группы аудитории в сумме дают 50 — больше, чем 21 зритель, посчитанный на показах.',
    )
    expect(passwordResetPageText.ru.tooShort(10)).toBe('В пароле должно быть не меньше 10 символов.')
    expect(passwordResetPageText.ru.tooShort(21)).toBe('В пароле должно быть не меньше 21 символа.')
  })

  it('large counts are grouped as Russian writes them', () => {
    expect(site.attendance(1500)).toBe('1\u00a0500 зрителей')
  })
})

describe('Kazakh keeps the noun singular after a number', () => {
  const site = siteText('kk')
  const portal = portalText('kk')
  const counts = [1, 2, 5, 21]

  it('screenings, events, countries and viewers', () => {
    expect(counts.map(site.screenings)).toEqual([
      '1 көрсетілім',
      '2 көрсетілім',
      '5 көрсетілім',
      '21 көрсетілім',
    ])
    expect(counts.map((n) => site.mapCountry('Франция', n))).toEqual(
      counts.map((n) => `Франция: ${n} іс-шара`),
    )
    expect(counts.map(site.attendance)).toEqual(counts.map((n) => `${n} көрермен`))
    expect(counts.map((n) => site.figureOf('countries', n))).toEqual(['ел', 'ел', 'ел', 'ел'])
  })

  it('minutes and seconds', () => {
    for (const n of counts) {
      expect(portal.problems.locked(n)).toContain(`${n} минутқа бұғатталды`)
      expect(portal.problems.throttled(n)).toContain(`${n} секунд күтіңіз`)
    }
  })
})

describe('English plurals', () => {
  it('one and other', () => {
    const site = siteText('en')
    expect([1, 2, 21].map(site.screenings)).toEqual(['1 screening', '2 screenings', '21 screenings'])
    expect([1, 2].map((n) => site.mapCountry('France', n))).toEqual(['France: 1 event', 'France: 2 events'])
    expect(portalText('en').problems.throttled(1)).toContain('Wait 1 second before')
  })
})

describe('page X of Y', () => {
  it.each([
    ['en', 'Page 2 of 10'],
    ['ru', 'Страница 2 из 10'],
    // "the 2nd page of 10 pages": the ordinal's ending sits on the noun, so no number can break it
    ['kk', '10 беттің 2-беті'],
  ] as const)('%s: %s', (locale, expected) => {
    expect(siteText(locale).pageOf(2, 10)).toBe(expected)
  })

  it('the Kazakh form reads the same way for every page number', () => {
    for (const page of [1, 2, 6, 7, 9, 10])
      expect(siteText('kk').pageOf(page, 10)).toBe(`10 беттің ${page}-беті`)
  })
})

describe('mails come from the catalogue', () => {
  it('a report sent back for changes, in Russian', () => {
    const mail = reportMail('changes_requested', 'ru', {
      title: 'Дни кино',
      embassy: 'Посольство в Бельгии',
      comment: 'Добавьте фотографии',
      link: 'https://cms.example/portal/reports/1',
    })
    expect(mail).toEqual({
      subject: 'Нужны исправления: Дни кино',
      text: 'Министерство просит внести исправления в ваш отчёт «Дни кино».\n\nЧто исправить:\nДобавьте фотографии\n\nИсправьте и отправьте снова в портале:\nhttps://cms.example/portal/reports/1\n',
    })
  })

  it('a title with ICU syntax in it is printed as written', () => {
    const mail = reportMail('published', 'en', { title: '{n, plural, one {#}}', embassy: '', link: 'x' })
    expect(mail?.subject).toBe('Published: {n, plural, one {#}}')
  })

  it('the password reset mail in Kazakh', () => {
    expect(passwordResetMail('kk', 'https://cms.example/r').subject).toBe('Құпиясөзді қалпына келтіру')
  })
})

describe('portal client components receive only the messages they read', () => {
  const componentDir = path.join(import.meta.dirname, '..', 'components', 'portal')
  it.each(Object.keys(clientMessageKeys) as (keyof typeof clientMessageKeys)[])(
    '%s asks only for messages in its list',
    (component) => {
      const source = fs.readFileSync(path.join(componentDir, `${component}.tsx`), 'utf8')
      expect(source).toContain("useTranslations('portal')")
      expect(source).not.toMatch(/lib\/(portalText|siteText|messages)'/)
      const used = [...source.matchAll(/\bt\('([\w.-]+)'/g)].map((match) => match[1].split('.')[0])
      const listed = new Set<string>(clientMessageKeys[component])
      expect(used.filter((key) => !listed.has(key))).toEqual([])
    },
  )

  it('the list holds only keys the catalogue has', () => {
    for (const keys of Object.values(clientMessageKeys))
      for (const key of keys) expect(catalogues.en.portal).toHaveProperty(key)
  })
})
