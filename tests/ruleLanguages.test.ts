// Every rule speaks the request's language: a Local API call with a kk, ru or en request gets the
// catalogue's message in that language (i18n/admin/ruleWords.ts), naming fields by their labels.
import type { Payload, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ruleWords, type RuleKey } from '../i18n/admin/ruleWords'
import { i18nIn } from '../i18n/ruleMessage'
import type { Locale } from '../lib/locales'
import { context, rejection, startPayload } from './helpers/payload'
import { buildWorld, type World } from './helpers/world'

let payload: Payload
let world: World

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload, 'ruleLanguages')
})
afterAll(() => payload.destroy())

const languages: Locale[] = ['kk', 'ru', 'en']

/** A request in `language`, as the admin, the API or the portal form would make it. */
const speaking = async (language: Locale) => {
  const i18n = await i18nIn(payload, language)
  return { req: { i18n, t: i18n.t } as Partial<PayloadRequest>, context, depth: 0 }
}
const asEditorIn = async (language: Locale) => ({
  ...(await speaking(language)),
  user: world.users.editor,
  overrideAccess: false,
})

/** The catalogue's message, filled in as the rule should have filled it. */
const said = (language: Locale, key: RuleKey, values: Record<string, string | number> = {}) =>
  ruleWords[language][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]))

const labels = {
  capacity: { en: 'Capacity', ru: 'Вместимость', kk: 'Сыйымдылығы' },
  attendance: { en: 'Attendance', ru: 'Число зрителей', kk: 'Көрермендер саны' },
  year: { en: 'Year', ru: 'Год', kk: 'Жылы' },
  latitude: { en: 'Latitude', ru: 'Широта', kk: 'Ендік' },
  totalAttendance: { en: 'Total attendance', ru: 'Всего зрителей', kk: 'Көрермендердің жалпы саны' },
}

const newScreening = async (language: Locale, data: Record<string, unknown>) =>
  payload.create({
    collection: 'screenings',
    ...(await asEditorIn(language)),
    data: { event: world.events.publishedA.id, film: world.film.id, venue: { name: 'Hall' }, ...data } as any,
  })

describe.each(languages)('rules in %s', (language) => {
  it('a whole number out of range names the field by its label', async () => {
    const error = await rejection(
      newScreening(language, { startsAt: '2026-06-02T17:00:00.000Z', capacity: -1 }),
    )
    expect(error.paths).toEqual(['capacity'])
    expect(error.messages[0]).toBe(
      said(language, 'wholeNumberFrom', { field: labels.capacity[language], min: 0 }),
    )
    expect(error.messages[0]).toContain(labels.capacity[language])
  })

  it('attendance before the screening is held names the field by its label', async () => {
    const error = await rejection(
      newScreening(language, { startsAt: '2026-06-02T17:00:00.000Z', status: 'scheduled', attendance: 40 }),
    )
    expect(error.messages[0]).toBe(
      said(language, 'attendanceBeforeHeld', { field: labels.attendance[language] }),
    )
  })

  it('a latitude off the globe names the field by its label', async () => {
    const error = await rejection(
      newScreening(language, {
        startsAt: '2026-06-02T17:00:00.000Z',
        venue: { name: 'Hall', latitude: 100 },
      }),
    )
    expect(error.paths).toEqual(['venue.latitude'])
    expect(error.messages[0]).toBe(
      said(language, 'numberBetween', { field: labels.latitude[language], min: -90, max: 90 }),
    )
  })

  it('a screening outside its event’s dates', async () => {
    const error = await rejection(newScreening(language, { startsAt: '2026-06-10T17:00:00.000Z' }))
    expect(error.paths).toEqual(['startsAt'])
    expect(error.messages[0]).toBe(
      said(language, 'screeningOutsideEvent', {
        day: '2026-06-10',
        zone: 'Europe/Brussels',
        event: world.events.publishedA.title as string,
        start: '2026-06-01',
        end: '2026-06-03',
      }),
    )
  })

  it('a film without a licence names the country in the request’s language', async () => {
    const film = await payload.create({
      collection: 'films',
      ...(await asEditorIn(language)),
      data: {
        title: `France only ${language}`,
        screeningRights: [{ territories: ['FR'], validFrom: '2026-01-01T12:00:00.000Z' }],
      },
    })
    const error = await rejection(
      newScreening(language, { film: film.id, startsAt: '2026-06-02T17:00:00.000Z' }),
    )
    const country = new Intl.DisplayNames([language], { type: 'region' }).of('BE') as string
    expect(error.messages[0]).toBe(
      said(language, 'noLicence', { film: `France only ${language}`, country, date: '2026-06-02' }),
    )
  })

  it('an event that ends before it starts, and a date out of any film’s time', async () => {
    const event = (data: Record<string, unknown>) =>
      asEditorIn(language).then((as) =>
        payload.create({
          collection: 'events',
          ...as,
          data: {
            title: 'Evening',
            type: 'embassy_screening',
            timezone: 'Europe/Brussels',
            country: 'BE',
            city: 'Brussels',
            ...data,
          } as any,
        }),
      )
    const backwards = await rejection(
      event({ startsOn: '2026-09-12T12:00:00.000Z', endsOn: '2026-09-10T12:00:00.000Z' }),
    )
    expect(backwards.messages[0]).toBe(
      said(language, 'eventEndsBeforeStart', { end: '2026-09-10', start: '2026-09-12' }),
    )
    // Payload's own summary of the refusal speaks the same language.
    const { t } = await i18nIn(payload, language)
    expect(backwards.message).toContain(t('error:followingFieldsInvalid', { count: 1 }))
    const ancient = await rejection(event({ startsOn: '1700-01-01T12:00:00.000Z' }))
    expect(ancient.messages).toContain(said(language, 'dateOutOfRange'))
    const nowhere = await rejection(event({ startsOn: '2026-09-10T12:00:00.000Z', country: 'Belgium' }))
    expect(nowhere.messages).toContain(said(language, 'notCountryCode', { value: 'Belgium' }))
    const noZone = await rejection(event({ startsOn: '2026-09-10T12:00:00.000Z', timezone: 'Brussels time' }))
    expect(noZone.messages).toContain(said(language, 'notTimezone', { value: 'Brussels time' }))
  })

  it('a film’s year, trailer link and slug', async () => {
    const error = await rejection(
      payload.create({
        collection: 'films',
        ...(await asEditorIn(language)),
        data: {
          title: 'Wrong in three ways',
          slug: 'Not A Slug',
          year: 1700,
          trailerUrl: 'javascript:alert(1)',
        } as any,
      }),
    )
    const thisYear = new Date().getFullYear()
    expect(error.messages).toEqual(
      expect.arrayContaining([
        said(language, 'slugInvalid', { slug: 'Not A Slug' }),
        said(language, 'wholeNumberBetween', {
          field: labels.year[language],
          min: 1895,
          max: thisYear + 5,
        }),
        said(language, 'notWebAddress', { value: 'javascript:alert(1)' }),
      ]),
    )
  })

  it('an embassy account without an embassy', async () => {
    const error = await rejection(
      payload.create({
        collection: 'users',
        ...(await speaking(language)),
        user: world.users.admin,
        overrideAccess: false,
        data: {
          email: `no-embassy-${language}@test.example`,
          password: 'long enough password',
          name: 'N',
          role: 'embassy',
        },
      }),
    )
    expect(error.messages).toEqual([said(language, 'embassyAccountNeedsEmbassy')])
  })
})

describe.each(languages)('an embassy report in %s', (language) => {
  const asEmbassyAIn = async () => ({
    ...(await speaking(language)),
    user: world.users.embassyA,
    overrideAccess: false,
  })
  const draftReport = async () => {
    const { event, screening } = await world.stage(world.embassyA)
    const report = await payload.create({
      collection: 'reports',
      ...(await asEmbassyAIn()),
      data: { title: `Report ${language}`, embassy: world.embassyA.id, event: event.id } as any,
    })
    return { event, screening, report }
  }

  it('what is missing before it is sent, by the fields’ labels', async () => {
    const { report } = await draftReport()
    const error = await rejection(
      payload.update({
        collection: 'reports',
        id: report.id,
        ...(await asEmbassyAIn()),
        data: { status: 'submitted', totalAttendance: 2.5 } as any,
      }),
    )
    expect(error.messages).toContain(
      said(language, 'wholeNumberFrom', { field: labels.totalAttendance[language], min: 0 }),
    )
    const screenings = { en: 'Screenings covered', ru: 'Показы в отчёте', kk: 'Есептегі көрсетілімдер' }
    expect(error.messages).toContain(said(language, 'requiredBeforeSending', { field: screenings[language] }))
    for (const message of error.messages) if (language !== 'en') expect(message).not.toMatch(/[a-z]{4,}/)
  })

  it('an audience larger than the screenings counted', async () => {
    const { report, screening } = await draftReport()
    const error = await rejection(
      payload.update({
        collection: 'reports',
        id: report.id,
        ...(await asEmbassyAIn()),
        data: {
          screenings: [{ screening: screening.id, attendance: 40 }],
          audience: [{ segment: 'students', count: 150 }],
        } as any,
      }),
    )
    expect(error.messages).toEqual([said(language, 'audienceOverScreenings', { sum: 150, counted: 40 })])
  })

  it('a second report on one event, with the link to the first', async () => {
    const { event, report } = await draftReport()
    const error = await rejection(
      payload.create({
        collection: 'reports',
        ...(await asEmbassyAIn()),
        data: { title: 'Second', embassy: world.embassyA.id, event: event.id } as any,
      }),
    )
    expect(error.messages).toEqual([
      said(language, 'alreadyReported', {
        title: `Report ${language}`,
        link: `/portal/reports/${report.id}`,
      }),
    ])
  })

  it('a move the embassy may not make, with the statuses named in the language', async () => {
    const { report } = await draftReport()
    const error = await rejection(
      payload.update({
        collection: 'reports',
        id: report.id,
        ...(await asEmbassyAIn()),
        data: { status: 'published' } as any,
      }),
    )
    const status = {
      en: ['draft', 'published'],
      ru: ['черновик', 'опубликован'],
      kk: ['жоба', 'жарияланды'],
    }[language]
    expect(error.messages).toEqual([
      said(language, 'reportMoveNotAllowed', { from: status[0], to: status[1] }),
    ])
  })
})

describe('the catalogue', () => {
  it('has every rule in kk, ru and en, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map(([, name]) => name).sort()
    for (const key of Object.keys(ruleWords.en) as RuleKey[])
      for (const language of ['kk', 'ru'] as const) {
        expect(ruleWords[language][key]?.trim(), `${language}:${key}`).toBeTruthy()
        expect(placeholders(ruleWords[language][key]), `${language}:${key}`).toEqual(
          placeholders(ruleWords.en[key]),
        )
      }
  })
})
