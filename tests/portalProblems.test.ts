// The portal retells the collection's English messages in the form's language: every message a
// report's save can give must be recognised, or Russian and Kazakh users would read a generic one.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeProblem } from '../lib/portalProblems'
import { translator } from '../lib/messages'
import { context, rejection, startPayload } from './helpers/payload'
import { buildWorld, type World } from './helpers/world'

let payload: Payload
let world: World

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload, 'portalProblems')
})
afterAll(() => payload.destroy())

const asEmbassyA = () => ({ user: world.users.embassyA, overrideAccess: false, context, depth: 0 }) as const
const ru = translator('ru', 'portal')
const kk = translator('kk', 'portal')
/** What the collection says to a save the portal could send, as the portal's API passes it on. */
const problemsOf = async (data: Record<string, unknown>, status?: string) => {
  const { event, screening } = await world.stage(world.embassyA)
  const report = await payload.create({
    collection: 'reports',
    ...asEmbassyA(),
    data: { title: 'Отчёт', embassy: world.embassyA.id, event: event.id } as any,
  })
  const error = await rejection(
    payload.update({
      collection: 'reports',
      id: report.id,
      ...asEmbassyA(),
      data: { ...(status ? { status } : {}), ...data } as any,
    }),
  )
  expect(error.status).toBe(400)
  return { problems: error.paths.map((path, i) => ({ path, message: error.messages[i] })), screening }
}
const inRussian = (problem: { path: string; message: string }) => describeProblem(ru, problem).text

describe('the portal says the collection’s objections in the form’s language', () => {
  it('what a report lacks before it is sent, with the form’s field names', async () => {
    const { problems } = await problemsOf(
      { quotes: [{ person: 'Критик' }], partners: [{}], audience: [{ count: 3 }] },
      'submitted',
    )
    const said = problems.map(inRussian)
    expect(said).toEqual(
      expect.arrayContaining([
        'Показы и зрители: обязательно перед отправкой отчёта в министерство.',
        'Цитата: обязательно перед отправкой отчёта в министерство.',
        `${ru('partnerName')}: обязательно перед отправкой отчёта в министерство.`,
        `${ru('segment')}: обязательно перед отправкой отчёта в министерство.`,
      ]),
    )
    for (const problem of problems) expect(describeProblem(kk, problem).text).not.toMatch(/[a-z]{4,}/)
  })

  it('an audience larger than the screenings counted, and attendance that is not a whole number', async () => {
    const { event, screening } = await world.stage(world.embassyA)
    const report = await payload.create({
      collection: 'reports',
      ...asEmbassyA(),
      data: { title: 'Отчёт', embassy: world.embassyA.id, event: event.id } as any,
    })
    const error = await rejection(
      payload.update({
        collection: 'reports',
        id: report.id,
        ...asEmbassyA(),
        data: {
          screenings: [{ screening: screening.id, attendance: 40 }],
          audience: [{ segment: 'students', count: 150 }],
        } as any,
      }),
    )
    expect(inRussian({ path: error.paths[0], message: error.messages[0] })).toBe(
      'Группы аудитории в сумме дают 150 — больше, чем 40 зрителей, посчитанных на показах.',
    )
    const { problems } = await problemsOf({ totalAttendance: 2.5 })
    expect(problems.map(inRussian)).toEqual(['Всего зрителей: укажите целое число, 0 или больше.'])
  })

  it('a second report on one event, with the link to the first', async () => {
    const { event } = await world.stage(world.embassyA)
    const first = await payload.create({
      collection: 'reports',
      ...asEmbassyA(),
      data: { title: 'Первый', embassy: world.embassyA.id, event: event.id } as any,
    })
    const error = await rejection(
      payload.create({
        collection: 'reports',
        ...asEmbassyA(),
        data: { title: 'Второй', embassy: world.embassyA.id, event: event.id } as any,
      }),
    )
    expect(describeProblem(ru, { path: error.paths[0], message: error.messages[0] })).toEqual({
      text: 'У вашего посольства уже есть отчёт об этом событии: «Первый». Продолжите его вместо того, чтобы начинать второй.',
      link: `/portal/reports/${first.id}`,
    })
  })

  it('a message it does not know is still said in the form’s language, naming the field', () => {
    expect(inRussian({ path: 'pressCoverage.0.outlet', message: 'Something new went wrong.' })).toBe(
      'Издание: значение не принято. Проверьте его и попробуйте снова.',
    )
  })
})
