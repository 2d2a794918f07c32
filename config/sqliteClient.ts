import { createClient, type Client, type InStatement, type Transaction } from '@libsql/client'

const busyTimeoutMs = 5000
const writeWaitMs = 30_000

/**
 * One writer at a time inside this process, in arrival order. libsql is synchronous: a second
 * connection waiting on SQLite's busy timeout blocks the whole event loop, so the first writer can
 * never finish and both fail with SQLITE_BUSY. Writers queue here instead, without blocking reads.
 */
const writeQueue = () => {
  const waiting: (() => void)[] = []
  let held = false
  const release = () => {
    const next = waiting.shift()
    if (next) next()
    else held = false
  }
  return () =>
    new Promise<() => void>((resolve, reject) => {
      let released = false
      const releaseOnce = () => {
        if (released) return
        released = true
        release()
      }
      if (!held) {
        held = true
        return resolve(releaseOnce)
      }
      const grant = () => {
        clearTimeout(timer)
        resolve(releaseOnce)
      }
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(grant), 1)
        reject(new Error(`SQLITE_BUSY: the database stayed busy for ${writeWaitMs / 1000} s; try again.`))
      }, writeWaitMs)
      waiting.push(grant)
    })
}

const isRead = (statement: InStatement) =>
  /^\s*(select|pragma)\b/i.test(typeof statement === 'string' ? statement : statement.sql)

/**
 * The libsql client behind the SQLite adapter. Every connection waits for a busy database (libsql
 * hands its connection to each transaction and opens a fresh one after, which the adapter's own
 * `busyTimeout` never reached), and writes inside this process take turns (see writeQueue).
 */
export const waitingSQLiteClient = (url: string): Client => {
  const client = createClient({ url })
  const { execute, batch, executeMultiple, migrate, transaction } = client
  const takeTurn = writeQueue()
  let fresh = true
  let walChecked = false
  const prepare = async () => {
    if (!fresh) return
    fresh = false
    await execute.call(client, `PRAGMA busy_timeout = ${busyTimeoutMs}`)
    await execute.call(client, 'PRAGMA synchronous = FULL')
    if (!walChecked) {
      // Readers never wait on a writer; the mode is kept in the database file itself.
      walChecked = true
      await execute.call(client, 'PRAGMA journal_mode = WAL')
    }
  }
  const inTurn = async <T>(write: boolean, run: () => Promise<T>): Promise<T> => {
    await prepare()
    if (!write) return run()
    const release = await takeTurn()
    try {
      return await run()
    } finally {
      release()
    }
  }
  client.execute = ((statement: InStatement, ...rest: unknown[]) =>
    inTurn(!isRead(statement), () =>
      (execute as (...args: unknown[]) => Promise<unknown>).call(client, statement, ...rest),
    )) as Client['execute']
  client.batch = ((...args: Parameters<Client['batch']>) =>
    inTurn(true, () => batch.apply(client, args))) as Client['batch']
  client.executeMultiple = ((...args: Parameters<Client['executeMultiple']>) =>
    inTurn(true, () => executeMultiple.apply(client, args))) as Client['executeMultiple']
  client.migrate = ((...args: Parameters<Client['migrate']>) =>
    inTurn(true, () => migrate.apply(client, args))) as Client['migrate']
  client.transaction = (async (...args: Parameters<Client['transaction']>) => {
    await prepare()
    const release = await takeTurn()
    let tx: Transaction
    try {
      tx = await transaction.apply(client, args)
    } catch (error) {
      release()
      throw error
    }
    fresh = true // the transaction took the connection; the next statement opens another
    for (const end of ['commit', 'rollback', 'close'] as const) {
      const original = tx[end].bind(tx)
      ;(tx as unknown as Record<string, unknown>)[end] = (...endArgs: unknown[]) => {
        try {
          return (original as (...a: unknown[]) => unknown)(...endArgs)
        } finally {
          release()
        }
      }
    }
    return tx
  }) as Client['transaction']
  return client
}
