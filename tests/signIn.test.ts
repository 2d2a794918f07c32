import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signInAddress, unknownAddress } from '../lib/signInAddress'
import { signInWait, type SignInLimits } from '../lib/signInThrottle'
import { rememberDevice } from '../lib/trustedDevice'
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

describe('the client address of a sign-in', () => {
  const forwarded = (value: string) => new Headers({ 'x-forwarded-for': value })

  it('ignores X-Forwarded-For when no proxy is trusted and nothing vouches for the header', () => {
    expect(signInAddress(forwarded('6.6.6.6'))).toBe(unknownAddress)
    expect(signInAddress(forwarded('6.6.6.6, 7.7.7.7'), { proxies: 0, socketLayerInFront: false })).toBe(
      unknownAddress,
    )
  })

  it('takes the socket’s address that scripts/server.mjs appends, whatever the client sent', () => {
    const layer = { proxies: 0, socketLayerInFront: true }
    expect(signInAddress(forwarded('127.0.0.1'), layer)).toBe('127.0.0.1')
    // The server drops a client's header when no proxy is trusted; even if it did not, the last entry wins.
    expect(signInAddress(forwarded('6.6.6.6, 127.0.0.1'), layer)).toBe('127.0.0.1')
  })

  it('reads the client that many entries from the end behind trusted proxies', () => {
    expect(
      signInAddress(forwarded('6.6.6.6, 198.51.100.3, 10.0.0.2'), { proxies: 1, socketLayerInFront: true }),
    ).toBe('198.51.100.3')
    expect(signInAddress(forwarded('6.6.6.6, 198.51.100.3'), { proxies: 1, socketLayerInFront: false })).toBe(
      '198.51.100.3',
    )
    expect(signInAddress(forwarded('10.0.0.2'), { proxies: 2, socketLayerInFront: true })).toBe(
      unknownAddress,
    )
  })
})

describe('signing in', () => {
  const login = (email: string, password: string, address = '203.0.113.7', deviceCookie?: string) =>
    payload.login({
      collection: 'users',
      data: { email, password },
      context: { signInAddress: address, deviceCookie },
    })
  /** An account of its own for a test that fails many sign-ins. */
  const freshAccount = async (name: string) => {
    const email = `${name}-${Date.now()}@test.example`
    await payload.create({
      collection: 'users',
      context,
      overrideAccess: true,
      data: { email, password: world.password, name, role: 'embassy', embassy: world.embassyA.id },
    })
    return email
  }
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
  const patientLogin = async (email: string, password: string, address?: string, deviceCookie?: string) => {
    for (;;) {
      try {
        return await login(email, password, address, deviceCookie)
      } catch (error) {
        const { status, data } = error as { status?: number; data?: { retryAfterMs?: number } }
        if (status !== 429) throw error
        await pause((data?.retryAfterMs ?? 1000) + 10)
      }
    }
  }

  /**
   * Wrong passwords until the next try is told to wait at least a second (waits double from 20 ms
   * in this suite; a try itself takes that long on a busy machine). How many failures it took.
   */
  const failUntilWaiting = async (email: string, address?: string, deviceCookie?: string) => {
    for (let failures = 0; ;) {
      try {
        await login(email, `wrong ${failures}`, address, deviceCookie)
        throw new Error('A wrong password was accepted')
      } catch (error) {
        const { status, data } = error as { status?: number; data?: { retryAfterMs?: number } }
        if (status === 401) failures++
        else if (status !== 429) throw error
        else if ((data?.retryAfterMs ?? 0) >= 1000) return failures
        else await pause((data?.retryAfterMs ?? 0) + 10)
      }
    }
  }

  it('slows down repeated failures for one account, saying how long to wait', async () => {
    const email = world.users.embassyB.email
    expect(await failUntilWaiting(email)).toBeGreaterThan(3)
    const throttled = await rejection(login(email, world.password))
    expect(throttled.status).toBe(429)
    expect(throttled.message).toMatch(
      /^Too many failed sign-ins for this account\. Try again in \d+ seconds?\.$/,
    )
    const signedIn = await patientLogin(email, world.password)
    expect(signedIn.user?.email).toBe(email)
  }, 120_000)

  it('never locks an account: a stranger’s guesses wait, the owner’s known browser signs in at once', async () => {
    const email = world.users.embassyA.email
    const stranger = '203.0.113.66'
    // The owner signed in on this browser before: it carries the signed device cookie.
    const ownersBrowser = rememberDevice(undefined, email, payload.secret, new Date())
    // Ten failures in a row (Payload's lock would close the account here), then until told to wait.
    for (let i = 1; i <= 10; i++)
      expect((await rejection(patientLogin(email, `wrong ${i}`, stranger))).status, `try ${i}`).toBe(401)
    await failUntilWaiting(email, stranger)
    // Strangers now wait, right password or not; nothing says the account exists or is locked.
    const waiting = await rejection(login(email, world.password, '203.0.113.67'))
    expect(waiting.status).toBe(429)
    expect(waiting.message).toMatch(
      /^Too many failed sign-ins for this account\. Try again in \d+ seconds\.$/,
    )
    const owner = await login(email, world.password, stranger, ownersBrowser)
    expect(owner.user?.email).toBe(email)
    // A cookie made for another account, or tampered with, makes nobody known.
    const forged = [
      rememberDevice(undefined, world.users.embassyB.email, payload.secret, new Date()),
      ownersBrowser.slice(0, -2) + (ownersBrowser.endsWith('AA') ? 'BB' : 'AA'),
      rememberDevice(undefined, email, 'another secret', new Date()),
    ]
    for (const deviceCookie of forged)
      expect((await rejection(login(email, world.password, stranger, deviceCookie))).status).toBe(429)
  }, 120_000)

  it('a known browser has its own lane: its failures slow it down, not the owner elsewhere', async () => {
    const email = await freshAccount('shared-computer')
    const browser = rememberDevice(undefined, email, payload.secret, new Date())
    await failUntilWaiting(email, '198.51.100.40', browser)
    expect((await rejection(login(email, world.password, '198.51.100.40', browser))).status).toBe(429)
    expect((await login(email, world.password, '198.51.100.41')).user?.email).toBe(email)
  }, 120_000)

  it('answers an unknown email exactly as a wrong password, in the same time', async () => {
    const known = await freshAccount('timing')
    const unknown = `nobody-at-all-${Date.now()}@test.example`
    const address = '198.51.100.77'
    /** One failing try, after any wait it is told to make; its answer and how long it took. */
    const timedFailure = async (email: string) => {
      for (;;) {
        const started = performance.now()
        try {
          await login(email, 'a wrong password', address)
        } catch (error) {
          const { status, message, data } = error as {
            status: number
            message: string
            data?: { retryAfterMs?: number }
          }
          if (status === 429) {
            await pause((data?.retryAfterMs ?? 100) + 10)
            continue
          }
          return { status, message, ms: performance.now() - started }
        }
        throw new Error('The wrong password was accepted')
      }
    }
    const times: Record<'known' | 'unknown', number[]> = { known: [], unknown: [] }
    const answers = new Set<string>()
    for (let i = 0; i < 10; i++)
      for (const [kind, email] of [
        ['known', known],
        ['unknown', unknown],
      ] as const) {
        const { status, message, ms } = await timedFailure(email)
        answers.add(`${status} ${message}`)
        times[kind].push(ms)
      }
    expect([...answers]).toEqual(['401 The email or password provided is incorrect.'])
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
    const ratio = median(times.unknown) / median(times.known)
    console.log(
      `sign-in failure, median: known ${median(times.known).toFixed(0)} ms, unknown ${median(times.unknown).toFixed(0)} ms`,
    )
    expect(ratio).toBeGreaterThan(0.6)
    expect(ratio).toBeLessThan(1.6)
  }, 120_000)

  it('throttles an email no account has exactly as one an account has', async () => {
    const answers = []
    for (const email of [await freshAccount('throttled'), `nobody-throttled-${Date.now()}@test.example`]) {
      await failUntilWaiting(email, '198.51.100.88')
      const refused = await rejection(login(email, 'wrong again', '198.51.100.88'))
      answers.push([refused.status, refused.message.replace(/\d+/, 'N')])
    }
    expect(answers[0]).toEqual([429, 'Too many failed sign-ins for this account. Try again in N seconds.'])
    expect(answers[1]).toEqual(answers[0])
  }, 120_000)

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
  }, 120_000)

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
