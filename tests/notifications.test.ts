import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { context, startPayload } from './helpers/payload'
import { mailTo } from './helpers/mailbox'
import { buildWorld, type World } from './helpers/world'

let payload: Payload
let world: World

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload, 'mail')
  // The world's own reports queued mail too; send it now so each test sees only its own.
  await payload.jobs.run({ limit: 1000 })
})
afterAll(() => payload.destroy())

const as = (role: 'embassyA' | 'editor') =>
  ({ user: world.users[role], overrideAccess: false, context, depth: 0 }) as const
const deliver = () => payload.jobs.run({ limit: 1000 })
// Each on an event of its own: an embassy has one report per event.
const newReport = async (title: string) => {
  const { event, screening } = await world.stage(world.embassyA)
  return payload.create({
    collection: 'reports',
    ...as('embassyA'),
    data: {
      title,
      embassy: world.embassyA.id,
      event: event.id,
      screenings: [{ screening: screening.id, attendance: 40 }],
    },
  })
}

describe('emails about a report’s steps', () => {
  it('tells the editors when an embassy submits a report, with a link to it in the admin', async () => {
    const report = await newReport('Mail on submit')
    const before = (await mailTo(world.users.editor.email)).length
    await payload.update({
      collection: 'reports',
      id: report.id,
      ...as('embassyA'),
      data: { status: 'submitted' },
    })
    await deliver()
    const mail = (await mailTo(world.users.editor.email)).slice(before)
    expect(mail).toHaveLength(1)
    expect(mail[0].subject).toBe('Report to review: Mail on submit')
    expect(mail[0].text).toContain(`/admin/collections/reports/${report.id}`)
    expect(mail[0].text).toContain(`Embassy A mail`)
    expect(mail[0].from).toContain('no-reply@ministry.test')
  })

  it('tells the embassy what to change, in its language, with a link to the portal', async () => {
    await payload.update({
      collection: 'users',
      id: world.users.embassyA.id,
      overrideAccess: true,
      context,
      data: { language: 'ru' },
    })
    const report = await newReport('Письмо об исправлениях')
    await payload.update({
      collection: 'reports',
      id: report.id,
      ...as('embassyA'),
      data: { status: 'submitted' },
    })
    await payload.update({
      collection: 'reports',
      id: report.id,
      ...as('editor'),
      data: { status: 'changes_requested', statusComment: 'Добавьте, пожалуйста, фотографии зала.' },
    })
    await deliver()
    const mail = (await mailTo(world.users.embassyA.email)).find((message) =>
      message.subject.includes('Письмо об исправлениях'),
    )
    expect(mail?.subject).toBe('Нужны исправления: Письмо об исправлениях')
    expect(mail?.text).toContain('Добавьте, пожалуйста, фотографии зала.')
    expect(mail?.text).toContain(`/portal/reports/${report.id}`)
  })

  it('tells the embassy when its report is published, with the public address', async () => {
    await payload.update({
      collection: 'users',
      id: world.users.embassyA.id,
      overrideAccess: true,
      context,
      data: { language: 'en' },
    })
    const report = await newReport('Mail on publish')
    await payload.update({
      collection: 'reports',
      id: report.id,
      ...as('embassyA'),
      data: { status: 'submitted' },
    })
    await payload.update({
      collection: 'reports',
      id: report.id,
      ...as('editor'),
      data: { status: 'approved' },
    })
    await payload.update({
      collection: 'reports',
      id: report.id,
      ...as('editor'),
      data: { status: 'published' },
    })
    await deliver()
    const mail = (await mailTo(world.users.embassyA.email)).filter((message) =>
      message.subject.includes('Mail on publish'),
    )
    expect(mail.map((message) => message.subject)).toEqual(['Published: Mail on publish'])
    expect(mail[0].text).toContain(`/en/reports/${report.slug}`)
  })

  it('writes nothing to embassy B about embassy A’s reports', async () => {
    const about = (await mailTo(world.users.embassyB.email)).filter((mail) =>
      /Mail on|Письмо/.test(mail.subject),
    )
    expect(about).toEqual([])
  })

  it('sends nothing when the step itself fails', async () => {
    const report = await newReport('Mail on a refused step')
    const before = (await mailTo(world.users.editor.email)).length
    // Over-counted audience: the save is refused, so no step happened and nobody is told.
    await payload
      .update({
        collection: 'reports',
        id: report.id,
        ...as('embassyA'),
        data: { status: 'submitted', totalAttendance: 10, audience: [{ segment: 'students', count: 50 }] },
      })
      .catch(() => null)
    await deliver()
    expect((await mailTo(world.users.editor.email)).length).toBe(before)
    expect((await payload.findByID({ collection: 'reports', id: report.id, depth: 0 })).status).toBe('draft')
  })
})
