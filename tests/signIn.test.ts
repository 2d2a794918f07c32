import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signInWait, type SignInLimits } from '../lib/signInThrottle'
import { context, rejection, startPayload } from './helpers/payload'
import { buildWorld, type World } from './helpers/world'

let payload: Payload
let world: World

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload, 'signin')
})
afterAll(() => payload.destroy())

const limits: SignInLimits = {
  freeAccountFailures: 3,
  firstWaitMs: 2000,
  longestWaitMs: 60_000,
  addressFailures: 5,
  addressWindowMs: 15 * 60_000,
}
const at = (seconds: number) => new Date(Date.UTC(2026, 10, 23, 10, 0, seconds))
const failures = (...seconds: number[]) => seconds.map((s) => ({ succeeded: false, at: at(s) })).reverse()

describe('the sign-in throttle rule', () => {
  it('lets the first three failures in a row retry at once', () => {
    expect(
      signInWait({ accountAttempts: failures(0, 1, 2), addressFailures: [], now: at(2) }, limits),
    ).toMatchObject({ scope: 'account' })
    expect(
      signInWait({ accountAttempts: failures(0, 1), addressFailures: [], now: at(1) }, limits),
    ).toBeNull()
  })

  it('makes each further try wait twice as long as the one before', () => {
    expect(
      signInWait({ accountAttempts: failures(0, 1, 2), addressFailures: [], now: at(4) }, limits),
    ).toBeNull()
    expect(
      signInWait({ accountAttempts: failures(0, 1, 2, 3), addressFailures: [], now: at(4) }, limits),
    ).toEqual({ scope: 'account', retryAfterSeconds: 3, retryAfterMs: 3000 })
    expect(
      signInWait({ accountAttempts: failures(0, 1, 2, 3, 10), addressFailures: [], now: at(10) }, limits),
    ).toEqual({ scope: 'account', retryAfterSeconds: 8, retryAfterMs: 8000 })
  })

  it('counts the failures the account itself has counted since its last success or unlock', () => {
    expect(
      signInWait(
        { accountAttempts: failures(0, 1, 2, 3), failuresInARow: 0, addressFailures: [], now: at(4) },
        limits,
      ),
    ).toBeNull()
  })

  it('starts counting again after a successful sign-in', () => {
    const attempts = [{ succeeded: true, at: at(5) }, ...failures(0, 1, 2, 3)]
    expect(signInWait({ accountAttempts: attempts, addressFailures: [], now: at(5) }, limits)).toBeNull()
  })

  it('stops an address that fails too often across accounts until its failures age out', () => {
    const five = [at(50), at(40), at(30), at(20), at(10)]
    expect(signInWait({ accountAttempts: [], addressFailures: five, now: at(60) }, limits)).toMatchObject({
      scope: 'address',
      retryAfterSeconds: 15 * 60 - 50,
    })
    expect(
      signInWait({ accountAttempts: [], addressFailures: five.slice(0, 4), now: at(60) }, limits),
    ).toBeNull()
  })
})

describe('signing in', () => {
  const login = (email: string, password: string, address = '203.0.113.7') =>
    payload.login({ collection: 'users', data: { email, password }, context: { signInAddress: address } })
  const log = (email: string) =>
    payload.find({
      collection: 'audit-log',
      overrideAccess: true,
      where: { email: { equals: email } },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
    })
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

  it('records who signed in, from where, and who failed to', async () => {
    const email = world.users.editor.email
    await rejection(login(email, 'not the password', '198.51.100.1'))
    await login(email, world.password, '198.51.100.1')
    const entries = (await log(email)).docs
    expect(entries.map((entry) => entry.action)).toEqual(['sign_in_failed', 'sign_in'])
    expect(entries[1].address).toBe('198.51.100.1')
    expect(String(entries[1].user)).toBe(String(world.users.editor.id))
  })

  it('nobody can write or change the audit log, and only admins read it', async () => {
    await rejection(login(world.users.admin.email, 'not the password', '198.51.100.2'))
    const entry = (await log(world.users.admin.email)).docs[0]
    for (const user of [world.users.admin, world.users.editor, world.users.embassyA]) {
      expect(
        (
          await rejection(
            payload.create({
              collection: 'audit-log',
              user,
              overrideAccess: false,
              data: { action: 'sign_in' },
            }),
          )
        ).status,
      ).toBe(403)
      expect(
        (
          await rejection(
            payload.update({
              collection: 'audit-log',
              id: entry.id,
              user,
              overrideAccess: false,
              data: { summary: 'edited' },
            }),
          )
        ).status,
      ).toBe(403)
      expect(
        (
          await rejection(
            payload.delete({ collection: 'audit-log', id: entry.id, user, overrideAccess: false }),
          )
        ).status,
      ).toBe(403)
    }
    expect(
      (await payload.find({ collection: 'audit-log', user: world.users.admin, overrideAccess: false }))
        .totalDocs,
    ).toBeGreaterThan(0)
    expect(
      (
        await rejection(
          payload.find({ collection: 'audit-log', user: world.users.editor, overrideAccess: false }),
        )
      ).status,
    ).toBe(403)
  })

  /** A login attempt made as a person would: when told to wait, wait as long as told, then try. */
  const patientLogin = async (email: string, password: string) => {
    for (;;) {
      try {
        return await login(email, password)
      } catch (error) {
        const { status, data } = error as { status?: number; data?: { retryAfterMs?: number } }
        if (status !== 429) throw error
        await pause((data?.retryAfterMs ?? 1000) + 10)
      }
    }
  }

  it('slows down repeated failures for one account, saying how long to wait', async () => {
    const email = world.users.embassyB.email
    // Seven failures: the next try must wait 320 ms (20 ms doubled four times in this suite).
    for (let i = 1; i <= 7; i++) expect((await rejection(patientLogin(email, `wrong ${i}`))).status).toBe(401)
    const throttled = await rejection(login(email, world.password))
    expect(throttled.status).toBe(429)
    expect(throttled.message).toMatch(
      /^Too many failed sign-ins for this account\. Try again in \d+ seconds?\.$/,
    )
    const signedIn = await patientLogin(email, world.password)
    expect(signedIn.user?.email).toBe(email)
  })

  it('locks the account on the tenth failure in a row; then even the right password is refused', async () => {
    const email = world.users.embassyA.email
    for (let i = 1; i <= 10; i++)
      expect((await rejection(patientLogin(email, `wrong ${i}`))).status, `try ${i}`).toBe(401)
    const locked = await rejection(patientLogin(email, world.password))
    expect(locked.message).toBe('This user is locked due to having too many failed login attempts.')
    const user = await payload.findByID({
      collection: 'users',
      id: world.users.embassyA.id,
      overrideAccess: true,
      showHiddenFields: true,
    })
    expect(new Date(user.lockUntil as string).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000)
    // Unlocked (over HTTP only an admin may, see access.test.ts), the account signs in again.
    await payload.unlock({ collection: 'users', data: { email } as never, overrideAccess: true })
    expect((await patientLogin(email, world.password)).user?.email).toBe(email)
  }, 30_000)

  it('throttles one network address failing across many accounts', async () => {
    const address = '192.0.2.50'
    for (let i = 0; i < 30; i++) await rejection(login(`nobody-${i}@test.example`, 'guess', address))
    const refused = await rejection(login(world.users.editor.email, world.password, address))
    expect(refused.status).toBe(429)
    expect(refused.message).toMatch(
      /^Too many failed sign-ins from your network\. Try again in \d+ minutes\.$/,
    )
    // Another address is unaffected.
    expect((await login(world.users.editor.email, world.password, '192.0.2.51')).user?.email).toBe(
      world.users.editor.email,
    )
  })

  it('refuses a disabled account, and disabling it ends its sessions', async () => {
    const { user: admin } = { user: world.users.admin }
    const email = `disabled-${Date.now()}@test.example`
    const account = await payload.create({
      collection: 'users',
      context,
      overrideAccess: true,
      data: { email, password: world.password, name: 'Leaving', role: 'embassy', embassy: world.embassyA.id },
    })
    await login(email, world.password, '198.51.100.9')
    expect(
      (
        await payload.findByID({
          collection: 'users',
          id: account.id,
          overrideAccess: true,
          showHiddenFields: true,
        })
      ).sessions?.length,
    ).toBe(1)
    await payload.update({
      collection: 'users',
      id: account.id,
      user: admin,
      overrideAccess: false,
      context,
      data: { disabled: true },
    })
    expect(
      (
        await payload.findByID({
          collection: 'users',
          id: account.id,
          overrideAccess: true,
          showHiddenFields: true,
        })
      ).sessions ?? [],
    ).toEqual([])
    const refused = await rejection(login(email, world.password, '198.51.100.9'))
    expect(refused.status).toBe(403)
    expect(refused.message).toContain('This account has been disabled')
  })

  it('only an admin can disable an account; nobody disables or enables themselves', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: world.users.editor.id,
      user: world.users.editor,
      overrideAccess: false,
      context,
      data: { disabled: true },
    })
    expect(updated.disabled).toBe(false)
  })
})
