import config from '@payload-config'
import { REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { initI18n, type GenericTranslationsObject } from '@payloadcms/translations'
import { en } from '@payloadcms/translations/languages/en'
import type { Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { kk, kkTranslations } from '../i18n/admin/kk'
import { ruleWords } from '../i18n/admin/ruleWords'
import { AuditLog } from '../collections/AuditLog'
import { Embassies } from '../collections/Embassies'
import { Events } from '../collections/Events'
import { Films } from '../collections/Films'
import { Media } from '../collections/Media'
import { Reports } from '../collections/Reports'
import { Screenings } from '../collections/Screenings'
import { Users } from '../collections/Users'
import { localeLabels } from '../lib/locales'
import { preferredLanguage } from '../lib/adminLanguage'
import { guardAPIRequest } from '../lib/apiRequestGuard'
import { context, startPayload } from './helpers/payload'

/** Every leaf of a translations tree as 'group:key' → text, the way Payload's `t` names them. */
const leaves = (tree: GenericTranslationsObject, prefix = ''): Map<string, string> =>
  new Map(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [[`${prefix}${key}`, value] as const]
        : [...leaves(value, `${prefix}${key}:`)],
    ),
  )

/** What a translation must carry over unchanged: {{variables}} and the markup Payload fills in. */
const tokens = (text: string) => (text.match(/\{\{\s*\w+\s*\}\}|<\/?(?:\d+|a|br)\b[^>]*>/g) ?? []).sort()

// Words that are the same in Kazakh as in English: abbreviations, product and format names.
const sameInEveryLanguage = new Set(['API', 'JSON', 'URL', 'ID', 'Email', 'Payload', 'DCP', 'Blu-ray'])
const leftInEnglish = (english: Map<string, string>, kazakh: Map<string, string>) =>
  [...english].filter(([key, text]) => kazakh.get(key) === text && !sameInEveryLanguage.has(text.trim()))

const missingIn = (english: Map<string, string>, kazakh: Map<string, string>) =>
  [...english.keys()].filter((key) => !kazakh.get(key)?.trim())

const tokensDiffer = (english: Map<string, string>, kazakh: Map<string, string>) =>
  [...english]
    .filter(([key]) => kazakh.has(key))
    .filter(([key, text]) => tokens(text).join(' ') !== tokens(kazakh.get(key)!).join(' '))
    .map(([key]) => key)

let sanitized: SanitizedConfig
beforeAll(async () => {
  sanitized = await config
})

describe("Payload's admin in Kazakh", () => {
  const english = leaves(en.translations)
  const kazakh = leaves(kkTranslations)

  it("translates every key of Payload's English set", () => {
    expect(english.size).toBeGreaterThan(500)
    expect(missingIn(english, kazakh)).toEqual([])
  })

  it('keeps every {{placeholder}} and markup tag of the English text', () => {
    expect(tokensDiffer(english, kazakh)).toEqual([])
  })

  it('leaves no text in English', () => {
    expect(leftInEnglish(english, kazakh)).toEqual([])
  })

  it('adds no key Payload does not have (a renamed key would hide a missing one)', () => {
    expect([...kazakh.keys()].filter((key) => !english.has(key))).toEqual([])
  })

  it('writes Kazakh: Cyrillic with the letters of the Kazakh alphabet', () => {
    const text = [...kazakh.values()].join(' ')
    for (const letter of 'әғқңөұүі') expect(text, letter).toContain(letter)
    expect([...kazakh].filter(([, value]) => !/[а-яәғқңөұүһі]/i.test(value))).toEqual([])
  })
})

describe("the rich-text editor's words and our own admin words in Kazakh", () => {
  const editorWords = () => ({
    english: leaves((sanitized.i18n.translations as Record<string, GenericTranslationsObject>).en),
    kazakh: leaves((sanitized.i18n.translations as Record<string, GenericTranslationsObject>).kk),
  })

  it('translates every key the configured editor and our components add to English', () => {
    const { english, kazakh } = editorWords()
    expect(english.size).toBeGreaterThan(10)
    expect(missingIn(english, kazakh)).toEqual([])
    expect(tokensDiffer(english, kazakh)).toEqual([])
    expect(leftInEnglish(english, kazakh)).toEqual([])
  })
})

describe('Payload serves the Kazakh admin', () => {
  it('offers Kazakh beside Russian and English', () => {
    expect(Object.keys(sanitized.i18n.supportedLanguages).sort()).toEqual(['en', 'kk', 'ru'])
    expect(
      (sanitized.i18n.supportedLanguages as Record<string, typeof kk>).kk.translations.general.thisLanguage,
    ).toBe('Қазақша')
  })

  it('translates through its own `t`, the editor words included, and formats dates', async () => {
    const i18n = await initI18n({ config: sanitized.i18n, context: 'api', language: 'kk' as 'ru' })
    expect(i18n.t('general:dashboard')).toBe('Басқару тақтасы')
    expect(i18n.t('authentication:login')).toBe('Кіру')
    expect(i18n.t('lexical:paragraph:label' as 'general:dashboard')).toBe('Абзац')
    expect(i18n.t('version:versionCount', { count: 5 })).toBe('5 нұсқа табылды')
    // A date-fns key Payload cannot load leaves every admin date reading "Loading...".
    expect(i18n.dateFNS?.code).toBe(kk.dateFNSKey)
  })
})

describe('labels in every language', () => {
  type Labelled = { path: string; label: Record<string, string> }
  // Words people read in the admin: labels, descriptions (admin.description), option labels.
  const wordKeys = ['label', 'labels', 'singular', 'plural', 'description', 'group']
  const labelObjects = (value: unknown, path: string, words = false): Labelled[] => {
    if (Array.isArray(value)) return value.flatMap((item, i) => labelObjects(item, `${path}[${i}]`, words))
    // A plain string where people read words is English only: reported with no kk or ru.
    if (typeof value === 'string' && words) return [{ path, label: { en: value } }]
    if (!value || typeof value !== 'object') return []
    const record = value as Record<string, unknown>
    if (typeof record.en === 'string') return [{ path, label: record as Record<string, string> }]
    // Fields nobody reads in the admin: the row IDs Payload adds to arrays and hidden bookkeeping
    // (search text). Payload gives them English labels of its own when it sanitizes the config,
    // which it does in place, so once a test in this file has started Payload they carry one.
    const admin = record.admin as { hidden?: boolean; disabled?: boolean } | undefined
    if (
      typeof record.type === 'string' &&
      (record.name === 'id' || record.hidden === true || admin?.hidden || admin?.disabled)
    )
      return []
    // An option shown as its own code (a time zone) or a language named in itself reads the same to all.
    if ('value' in record && (record.label === record.value || ownNames.includes(record.label as string)))
      return []
    return Object.entries(record).flatMap(([key, item]) =>
      [...wordKeys, 'fields', 'tabs', 'options', 'group', 'admin'].includes(key) || /^\d+$/.test(key)
        ? labelObjects(item, `${path}.${key}`, wordKeys.includes(key))
        : [],
    )
  }
  const ownNames = Object.values(localeLabels) as string[]
  // The collections as written: Payload adds labels of its own (row IDs, hidden fields) when sanitizing.
  const written = [Events, Screenings, Reports, Films, Embassies, Media, Users, AuditLog]
  const everyLabel = () =>
    written.flatMap((collection) =>
      labelObjects(
        {
          labels: collection.labels,
          fields: collection.fields,
          group: collection.admin?.group,
          description: collection.admin?.description,
        },
        collection.slug,
      ),
    )

  it('every collection, field, tab, option and group label and every description has Kazakh and Russian beside English', () => {
    const labels = everyLabel()
    expect(labels.length).toBeGreaterThan(100)
    expect(
      labels.filter(({ label }) => !label.kk?.trim() || !label.ru?.trim()).map(({ path }) => path),
    ).toEqual([])
  })

  it('no Kazakh label is the English one left in place', () => {
    const same = everyLabel().filter(
      ({ label }) => label.kk === label.en && !sameInEveryLanguage.has(label.en),
    )
    expect(same.map(({ path, label }) => `${path}: ${label.en}`)).toEqual([])
  })
})

describe('the admin language', () => {
  it("is the browser's first content language, a regional tag counting as its language", () => {
    expect(preferredLanguage('kk')).toBe('kk')
    expect(preferredLanguage('kk-KZ,ru;q=0.9,en;q=0.8')).toBe('kk')
    expect(preferredLanguage('de-DE,ru;q=0.7,kk;q=0.9')).toBe('kk')
    expect(preferredLanguage('ru-RU, en;q=0.5')).toBe('ru')
    expect(preferredLanguage('kk;q=0, en')).toBe('en')
    expect(preferredLanguage('de, fr')).toBeUndefined()
    expect(preferredLanguage(null)).toBeUndefined()
  })
})

describe("the admin follows the user's working language", () => {
  let payload: Payload
  let clerk: { id: number | string; email: string }
  const password = 'correct horse battery staple'
  const login = guardAPIRequest(REST_POST(config), { numericIDs: true })
  const patch = guardAPIRequest(REST_PATCH(config), { numericIDs: true })
  const rest = (handler: typeof login, path: string, init: RequestInit) =>
    handler(new Request(`http://localhost/api/${path}`, init), {
      params: Promise.resolve({ slug: path.split('/') }),
    })
  const signIn = (headers: Record<string, string> = {}, secret = password) =>
    rest(login, 'users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ email: clerk.email, password: secret }),
    })
  const languageCookie = (response: Response) =>
    response.headers.getSetCookie().find((cookie) => cookie.startsWith('payload-lng='))

  beforeAll(async () => {
    payload = await startPayload()
    clerk = (await payload.create({
      collection: 'users',
      context,
      data: { email: 'kk-editor@test.example', password, name: 'Әйгерім', role: 'editor', language: 'kk' },
    })) as typeof clerk
  })
  afterAll(() => payload.destroy())

  it('signing in sets the admin language to the Kazakh user’s working language', async () => {
    const response = await signIn()
    expect(response.status).toBe(200)
    expect(languageCookie(response)).toMatch(/^payload-lng=kk; Path=\/;/)
  })

  it("changing one's own working language changes the admin's", async () => {
    const token = ((await (await signIn()).json()) as { token: string }).token
    const response = await rest(patch, `users/${clerk.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ language: 'ru' }),
    })
    expect(response.status).toBe(200)
    expect(languageCookie(response)).toMatch(/^payload-lng=ru;/)
    await payload.update({ collection: 'users', id: clerk.id, data: { language: 'kk' }, context })
  })

  it('the API answers a browser asking for Kazakh in Kazakh, which Payload alone would not', async () => {
    const response = await signIn({ 'Accept-Language': 'kk-KZ,kk;q=0.9,en;q=0.5' }, 'not the password')
    expect(response.status).toBe(401)
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toBe(
      kkTranslations.error.emailOrPasswordIncorrect,
    )
  })

  /** A film with a trailer link that is no web address, posted over REST by the Kazakh clerk. */
  const postFilm = async (headers: Record<string, string>) => {
    const token = ((await (await signIn()).json()) as { token: string }).token
    const response = await rest(login, 'films', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}`, ...headers },
      body: JSON.stringify({ title: 'Link test', trailerUrl: 'javascript:alert(1)' }),
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { data: { errors: { message: string }[] } }[] }
    return body.errors[0].data.errors[0].message
  }

  it('a rule’s message over REST is in the language Accept-Language asks for', async () => {
    expect(await postFilm({ 'Accept-Language': 'ru-RU,ru;q=0.9' })).toBe(
      ruleWords.ru.notWebAddress.replace('{{value}}', 'javascript:alert(1)'),
    )
    expect(await postFilm({ 'Accept-Language': 'kk' })).toBe(
      ruleWords.kk.notWebAddress.replace('{{value}}', 'javascript:alert(1)'),
    )
  })

  it('a rule’s message over REST is in the user’s working language when the request asks for none', async () => {
    expect(await postFilm({})).toBe(ruleWords.kk.notWebAddress.replace('{{value}}', 'javascript:alert(1)'))
  })

  it('the admin language chosen in the browser goes first', async () => {
    expect(await postFilm({ Cookie: 'payload-lng=en', 'Accept-Language': 'ru' })).toBe(
      ruleWords.en.notWebAddress.replace('{{value}}', 'javascript:alert(1)'),
    )
  })

  it('Payload answers in Kazakh where the admin language is Kazakh', async () => {
    const response = await signIn({ Cookie: 'payload-lng=kk' }, 'not the password')
    expect(response.status).toBe(401)
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toBe(
      kkTranslations.error.emailOrPasswordIncorrect,
    )
  })
})
