// The portal's API saves in the form's language (auth/portalRoute.ts): the collection's objections
// arrive in Russian or Kazakh, and the portal shows them as said, with a link where there is one.
import type { Payload, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeProblem } from '../lib/portalProblems'
import { translator } from '../lib/messages'
import { i18nIn } from '../i18n/ruleMessage'
import { context, rejection, startPayload } from './helpers/payload'
import { buildWorld, type World } from './helpers/world'

let payload: Payload
let world: World

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload, 'portalProblems')
})
afterAll(() => payload.destroy())

/** As the portal's API calls the Local API for a form in `language`. */
const asEmbassyA = async (language: 'ru' | 'kk' = 'ru') => {
  const i18n = await i18nIn(payload, language)
  const req = { i18n, t: i18n.t } as Partial<PayloadRequest>
  return { user: world.users.embassyA, overrideAccess: false, context, depth: 0, req } as const
}
const ru = translator('ru', 'portal')
const kk = translator('kk', 'portal')
/** What the collection says to a save the portal could send, as the portal's API passes it on. */
const problemsOf = async (data: Record<string, unknown>, status?: string, language: 'ru' | 'kk' = 'ru') => {
  const { event, screening } = await world.stage(world.embassyA)
  const report = await payload.create({
    collection: 'reports',
    ...(await asEmbassyA(language)),
    data: { title: 'Отчёт', embassy: world.embassyA.id, event: event.id } as any,
  })
  const error = await rejection(
    payload.update({
      collection: 'reports',
      id: report.id,
      ...(await asEmbassyA(language)),
      data: { ...(status ? { status } : {}), ...data } as any,
    }),
  )
  expect(error.status).toBe(400)
  return { problems: error.paths.map((path, i) => ({ path, message: error.messages[i] })), screening }
}
const inRussian = (problem: { path: string; message: string; label?: string }) =>
  describeProblem(ru, problem).text

describe('the portal says the collection’s objections in the form’s language', () => {
  it('what a report lacks before it is sent, named by the fields’ labels, in Russian and in Kazakh', async () => {
    const { problems } = await problemsOf(
      { quotes: [{ person: 'Критик' }], partners: [{}], audience: [{ count: 3 }] },
      'submitted',
    )
    expect(problems.map(inRussian)).toEqual(
      expect.arrayContaining([
        '«Показы в отчёте»: поле нужно заполнить до отправки отчёта в министерство.',
        '«Цитата»: поле нужно заполнить до отправки отчёта в министерство.',
      ]),
    )
    const inKazakh = await problemsOf({ quotes: [{ person: 'Сыншы' }] }, 'submitted', 'kk')
    const said = inKazakh.problems.map((problem) => describeProblem(kk, problem).text)
    expect(said).toContain('«Дәйексөз»: есеп министрлікке жіберілгенге дейін бұл өрісті толтыру керек.')
    for (const text of said) expect(text).not.toMatch(/[a-z]{4,}/)
  })

  it('an audience larger than the screenings counted, and attendance that is not a whole number', async () => {
    const { event, screening } = await world.stage(world.embassyA)
    const report = await payload.create({
      collection: 'reports',
      ...(await asEmbassyA()),
      data: { title: 'Отчёт', embassy: world.embassyA.id, event: event.id } as any,
    })
    const error = await rejection(
      payload.update({
        collection: 'reports',
        id: report.id,
        ...(await asEmbassyA()),
        data: {
          screenings: [{ screening: screening.id, attendance: 40 }],
          audience: [{ segment: 'students', count: 150 }],
        } as any,
      }),
    )
    expect(inRussian({ path: error.paths[0], message: error.messages[0] })).toBe(
      'Группы аудитории в сумме дают 150, больше, чем насчитали показы (40).',
    )
    const { problems } = await problemsOf({ totalAttendance: 2.5 })
    expect(problems.map(inRussian)).toEqual(['«Всего зрителей»: укажите целое число, не меньше 0.'])
  })

  it('a second report on one event, with the link to the first', async () => {
    const { event } = await world.stage(world.embassyA)
    const first = await payload.create({
      collection: 'reports',
      ...(await asEmbassyA()),
      data: { title: 'Первый', embassy: world.embassyA.id, event: event.id } as any,
    })
    const error = await rejection(
      payload.create({
        collection: 'reports',
        ...(await asEmbassyA()),
        data: { title: 'Второй', embassy: world.embassyA.id, event: event.id } as any,
      }),
    )
    expect(describeProblem(ru, { path: error.paths[0], message: error.messages[0] })).toEqual({
      text: 'У этого посольства уже есть отчёт об этом мероприятии: «Первый». Откройте его и продолжайте там, не начиная второй.',
      link: `/portal/reports/${first.id}`,
    })
  })

  it('a message that names no field gets the form’s label in front', () => {
    expect(
      inRussian({
        path: 'pressCoverage.0.outlet',
        message: 'Это поле обязательно.',
        label: 'Публикации > Издание',
      }),
    ).toBe(`${ru('outlet')}: Это поле обязательно.`)
  })

  it('an empty message is still said in the form’s language, naming the field', () => {
    expect(inRussian({ path: 'pressCoverage.0.outlet', message: '' })).toBe(
      'Издание: значение не принято. Проверьте его и попробуйте снова.',
    )
  })
})
