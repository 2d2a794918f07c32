import fs from 'node:fs'
import type { Client } from '@libsql/client'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  logoutOperation,
  meOperation,
  refreshOperation,
  type Payload,
  type PayloadRequest,
} from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isMongo, sqliteFile } from '../config/env'
import { context, startPayload } from './helpers/payload'
import { mailTo } from './helpers/mailbox'
import { buildWorld, type World } from './helpers/world'

let payload: Payload
let world: World

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload, 'writepath')
})
afterAll(() => payload.destroy())

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Settles `work` or fails naming it after `ms`: a write that waits for itself used to hang for the
 * queue's 30 s; anything near that is the bug, not a slow machine.
 */
const promptly = async <T>(label: string, work: Promise<T>, ms = 15_000): Promise<T> => {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} did not finish within ${ms} ms`)), ms)
  })
  try {
    return await Promise.race([work, late])
  } finally {
    clearTimeout(timer)
  }
}

const filmTitle = async (id: number | string) =>
  (await payload.findByID({ collection: 'films', id, depth: 0, locale: 'en' })).title

// The tests below open their transactions inline, not through a shared helper: the transaction's
// owner is marked in the async context that begins it (config/sqliteClient.ts, `enterWith`), so a
// helper that began it would own it, and the test's own nested writes would wait for themselves.

/**
 * Another editor's save that holds the write path for `holdMs`: it opens its transaction, writes,
 * waits, then commits. Resolves when committed, with the time it committed.
 */
const anotherWriterSaving = (title: string, holdMs = 400) =>
  (async () => {
    const req = await createLocalReq({ locale: 'en' }, payload)
    await initTransaction(req)
    await payload.update({
      collection: 'films',
      id: world.film.id,
      data: { title },
      req,
      context,
      overrideAccess: true,
    })
    await sleep(holdMs)
    await commitTransaction(req)
    return Date.now()
  })()

const signIn = async (email: string, password = world.password) => {
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  const { user } = await payload.auth({ headers: new Headers({ Authorization: `JWT ${token}` }) })
  if (!user) throw new Error(`no session for ${email}`)
  return { token: token as string, user }
}

const requestAs = async (user: PayloadRequest['user']) => {
  const req = await createLocalReq({ user: user ?? undefined }, payload)
  return req
}

describe('the write path never waits for itself', () => {
  it('a write made outside the caller’s own open transaction joins it, and commits with it', async () => {
    const req = await createLocalReq({ locale: 'en' }, payload)
    await initTransaction(req)
    await payload.update({
      collection: 'films',
      id: world.film.id,
      data: { title: 'Inside the transaction' },
      req,
      context,
      overrideAccess: true,
    })
    // A save with a request of its own (as bookkeeping hooks do), and a raw write without one.
    const entry = await promptly(
      'a nested save',
      payload.create({
        collection: 'audit-log',
        data: { action: 'update', summary: 'nested write-path test' },
        overrideAccess: true,
      }),
    )
    await promptly(
      'a raw write outside the transaction',
      payload.db.updateOne({
        collection: 'audit-log',
        id: entry.id,
        data: { summary: 'nested write-path test, amended' },
        req: {},
      }),
    )
    await commitTransaction(req)
    expect(await filmTitle(world.film.id)).toBe('Inside the transaction')
    const kept = await payload.findByID({ collection: 'audit-log', id: entry.id, overrideAccess: true })
    expect(kept.summary).toBe('nested write-path test, amended')
  })

  it('what the operation wrote outside its transaction is rolled back with it', async () => {
    const before = await filmTitle(world.film.id)
    const req = await createLocalReq({ locale: 'en' }, payload)
    await initTransaction(req)
    await payload.update({
      collection: 'films',
      id: world.film.id,
      data: { title: 'Never committed' },
      req,
      context,
      overrideAccess: true,
    })
    const entry = await promptly(
      'a nested save',
      payload.create({
        collection: 'audit-log',
        data: { action: 'update', summary: 'rolled back with its operation' },
        overrideAccess: true,
      }),
    )
    await killTransaction(req)
    expect(await filmTitle(world.film.id)).toBe(before)
    const found = await payload.find({
      collection: 'audit-log',
      where: { id: { equals: entry.id } },
      overrideAccess: true,
    })
    expect(found.totalDocs).toBe(0)
  })

  it('another request’s write waits its turn and is not swept into the holder’s transaction', async () => {
    const holder = (async () => {
      const req = await createLocalReq({ locale: 'en' }, payload)
      await initTransaction(req)
      await payload.update({
        collection: 'films',
        id: world.film.id,
        data: { title: 'Holder, rolled back' },
        req,
        context,
        overrideAccess: true,
      })
      await sleep(300)
      await killTransaction(req)
      return Date.now()
    })()
    await sleep(50)
    const other = payload
      .update({
        collection: 'films',
        id: world.film.id,
        data: { title: 'The other writer' },
        context,
        overrideAccess: true,
        locale: 'en',
      })
      .then(() => Date.now())
    const [rolledBackAt, savedAt] = await promptly('both writers', Promise.all([holder, other]))
    expect(savedAt).toBeGreaterThanOrEqual(rolledBackAt)
    expect(await filmTitle(world.film.id)).toBe('The other writer')
  })
})

describe('every auth operation finishes while another writer is saving', () => {
  it('login', async () => {
    const saving = anotherWriterSaving('Saving during login')
    const { token } = await promptly('login', signIn(world.users.editor.email))
    expect(token).toBeTruthy()
    await promptly('the other writer', saving)
  })

  it('me and refresh', async () => {
    const { user } = await signIn(world.users.editor.email)
    const saving = anotherWriterSaving('Saving during refresh')
    const me = await promptly(
      'me',
      meOperation({ collection: payload.collections.users, req: await requestAs(user) }),
    )
    expect(me.user?.email).toBe(world.users.editor.email)
    const refreshed = await promptly(
      'refresh',
      refreshOperation({ collection: payload.collections.users, req: await requestAs(user) }),
    )
    expect(refreshed.refreshedToken).toBeTruthy()
    await promptly('the other writer', saving)
  })

  it('logout ends the session at once, with the sign-out on the record', async () => {
    const { token, user } = await signIn(world.users.embassyA.email)
    const saving = anotherWriterSaving('Saving during logout')
    await promptly(
      'logout',
      logoutOperation({ collection: payload.collections.users, req: await requestAs(user) }),
    )
    await promptly('the other writer', saving)
    const after = await payload.auth({ headers: new Headers({ Authorization: `JWT ${token}` }) })
    expect(after.user).toBeNull()
    const signOuts = await payload.find({
      collection: 'audit-log',
      where: { and: [{ action: { equals: 'sign_out' } }, { email: { equals: world.users.embassyA.email } }] },
      overrideAccess: true,
    })
    expect(signOuts.totalDocs).toBeGreaterThan(0)
  })

  it('forgot password, then reset: the mail arrives after the token is saved, the new password signs in, old sessions end', async () => {
    const email = world.users.embassyB.email
    const { token: oldToken } = await signIn(email)
    const saving = anotherWriterSaving('Saving during forgot-password')
    await promptly('forgot password', payload.forgotPassword({ collection: 'users', data: { email } }))
    await promptly('the other writer', saving)

    let mail: Awaited<ReturnType<typeof mailTo>>[number] | undefined
    for (let i = 0; i < 50 && !mail; i++) {
      mail = (await mailTo(email)).find((m) => /reset|пароль|құпия/i.test(m.subject + m.text))
      if (!mail) await sleep(100)
    }
    expect(mail, 'the reset mail').toBeTruthy()
    const link = /https?:\/\/\S+\/(?:portal\/reset-password|admin\/reset)\/([A-Za-z0-9]+)/.exec(mail!.text)
    expect(link, mail!.text).toBeTruthy()

    const saving2 = anotherWriterSaving('Saving during reset')
    const reset = await promptly(
      'reset password',
      payload.resetPassword({
        collection: 'users',
        data: { token: link![1], password: 'a new and longer password' },
        overrideAccess: true,
      }),
    )
    await promptly('the other writer', saving2)
    expect(reset.token).toBeTruthy()
    expect(
      (await payload.auth({ headers: new Headers({ Authorization: `JWT ${oldToken}` }) })).user,
    ).toBeNull()
    await expect(signIn(email, 'a new and longer password')).resolves.toBeTruthy()
    await expect(signIn(email)).rejects.toThrow()
  })

  it('unlock', async () => {
    const saving = anotherWriterSaving('Saving during unlock')
    await promptly(
      'unlock',
      payload.unlock({
        collection: 'users',
        data: { email: world.users.editor.email } as { email: string; password: string },
        overrideAccess: true,
      }),
    )
    await promptly('the other writer', saving)
  })

  it('verify (accounts are made by admins, so any token is refused) answers at once', async () => {
    const saving = anotherWriterSaving('Saving during verify')
    await expect(
      promptly('verify', payload.verifyEmail({ collection: 'users', token: 'not-a-real-token' })),
    ).rejects.toThrow(/not found|verification|token/i)
    await promptly('the other writer', saving)
  })

  it('a failing forgot-password for an unknown address holds nobody up', async () => {
    const saving = anotherWriterSaving('Saving during an unknown forgot-password')
    await promptly(
      'forgot password (unknown address)',
      payload.forgotPassword({ collection: 'users', data: { email: 'nobody@nowhere.test' } }),
    )
    await promptly('the other writer', saving)
  })
})

describe('every hook that writes finishes while another writer is saving', () => {
  it('publishing an event with an image (image visibility, audit)', async () => {
    const saving = anotherWriterSaving('Saving during publish')
    await promptly(
      'publish',
      payload.update({
        collection: 'events',
        id: world.events.draftA.id,
        data: { _status: 'published', heroImage: world.privateImageA.id },
        context,
        overrideAccess: true,
      }),
    )
    await promptly('the other writer', saving)
    const image = await payload.findByID({
      collection: 'media',
      id: world.privateImageA.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(image.inPublicUse).toBe(true)
  })

  it('approving a report (attendance on the screening, notification queued, audit)', async () => {
    const saving = anotherWriterSaving('Saving during approval')
    const approved = await promptly(
      'approve',
      payload.update({
        collection: 'reports',
        id: world.reportsA.submitted.id,
        data: { status: 'approved' },
        user: world.users.editor,
        overrideAccess: false,
        context,
      }),
    )
    await promptly('the other writer', saving)
    expect(approved.status).toBe('approved')
  })
})

describe('mail sent during a save', () => {
  const waitForMail = async (address: string, subject: string) => {
    for (let i = 0; i < 40; i++) {
      const found = (await mailTo(address)).filter((m) => m.subject === subject)
      if (found.length) return found
      await sleep(100)
    }
    return []
  }

  it('leaves after the save commits, and never for a save that is rolled back', async () => {
    const send = (subject: string) =>
      payload.sendEmail({ to: 'outbox@ministry.test', subject, text: 'A message from inside a save' })
    const committed = await createLocalReq({}, payload)
    await initTransaction(committed)
    await send('Sent with a committed save')
    expect(await mailTo('outbox@ministry.test')).toHaveLength(0)
    await commitTransaction(committed)
    expect(await waitForMail('outbox@ministry.test', 'Sent with a committed save')).toHaveLength(1)

    const rolledBack = await createLocalReq({}, payload)
    await initTransaction(rolledBack)
    await send('Sent with a rolled-back save')
    await killTransaction(rolledBack)
    await sleep(500)
    expect(await mailTo('outbox@ministry.test')).toHaveLength(1)
  })

  it('the reset link leads embassy staff to the portal and ministry staff to the admin, in their language', async () => {
    await payload.update({
      collection: 'users',
      id: world.users.embassyA.id,
      data: { language: 'ru' },
      overrideAccess: true,
    })
    await payload.forgotPassword({ collection: 'users', data: { email: world.users.embassyA.email } })
    await payload.forgotPassword({ collection: 'users', data: { email: world.users.admin.email } })
    const [embassyMail] = await waitForMail(world.users.embassyA.email, 'Сброс пароля')
    expect(embassyMail?.text).toMatch(/\/portal\/reset-password\/[A-Za-z0-9]+/)
    const [adminMail] = await waitForMail(world.users.admin.email, 'Reset your password')
    expect(adminMail?.text).toMatch(/\/admin\/reset\/[A-Za-z0-9]+/)
  })
})

describe.skipIf(isMongo)('one writer connection, kept for every transaction', () => {
  /** The descriptors this process holds on the database file, its WAL and its shared memory. */
  const openDatabaseFiles = () => {
    const file = sqliteFile()
    return fs.readdirSync('/proc/self/fd').filter((fd) => {
      try {
        return fs.readlinkSync(`/proc/self/fd/${fd}`).startsWith(file)
      } catch {
        return false // closed between the listing and the look
      }
    }).length
  }

  const saveTitle = (title: string) =>
    payload.update({
      collection: 'films',
      id: world.film.id,
      data: { title },
      context,
      overrideAccess: true,
      locale: 'en',
    })

  it('200 saves open no connection of their own, and the next save still lands', async () => {
    await saveTitle('Warm-up save')
    const before = openDatabaseFiles()
    for (let i = 1; i <= 200; i++) await saveTitle(`Save ${i}`)
    expect(openDatabaseFiles()).toBe(before)
    await saveTitle('After two hundred saves')
    expect(await filmTitle(world.film.id)).toBe('After two hundred saves')
  })

  it('a read while a save holds the writer answers at once, with the last commit', async () => {
    await saveTitle('Committed before the read')
    const req = await createLocalReq({ locale: 'en' }, payload)
    await initTransaction(req)
    await payload.update({
      collection: 'films',
      id: world.film.id,
      data: { title: 'Not committed yet' },
      req,
      context,
      overrideAccess: true,
    })
    expect(await promptly('a read during the save', filmTitle(world.film.id), 2000)).toBe(
      'Committed before the read',
    )
    await commitTransaction(req)
    expect(await filmTitle(world.film.id)).toBe('Not committed yet')
  })

  it('a statement that makes SQLite end the transaction closes it: nothing after it commits on its own', async () => {
    await saveTitle('Before the failed transaction')
    const client = (payload.db as unknown as { client: Client }).client
    const tx = await client.transaction('write')
    await tx.execute({
      sql: "UPDATE films_locales SET title = 'Inside the failed transaction' WHERE _parent_id = ? AND _locale = 'en'",
      args: [world.film.id],
    })
    // OR ROLLBACK: a conflict rolls back the whole transaction, as disk-full and I/O errors do.
    await expect(
      tx.execute({ sql: 'INSERT OR ROLLBACK INTO films (id) VALUES (?)', args: [world.film.id] }),
    ).rejects.toThrow(/constraint/i)
    expect(tx.closed).toBe(true)
    await expect(
      tx.execute({
        sql: "UPDATE films_locales SET title = 'After the rollback' WHERE _parent_id = ? AND _locale = 'en'",
        args: [world.film.id],
      }),
    ).rejects.toThrow(/closed/i)
    await tx.rollback()
    expect(await filmTitle(world.film.id)).toBe('Before the failed transaction')
    await promptly('the next save', saveTitle('The writer is free again'))
    expect(await filmTitle(world.film.id)).toBe('The writer is free again')
  })
})
