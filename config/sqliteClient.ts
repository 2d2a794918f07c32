import { AsyncLocalStorage } from 'node:async_hooks'
import { createClient, type Client, type InStatement, type ResultSet, type Transaction } from '@libsql/client'

const busyTimeoutMs = 5000
const writeWaitMs = 30_000

/**
 * The SQLite write path: one writer at a time inside this process, in arrival order, and never a
 * writer waiting for itself.
 *
 * - libsql is synchronous: a second connection waiting on SQLite's busy timeout blocks the whole
 *   event loop, so the first writer could never finish. Writers queue here instead; reads never wait.
 * - A transaction holds the turn from BEGIN to COMMIT. Work started by the same operation while it
 *   holds the turn (Payload's forgot-password writes a reservation outside its transaction; a hook
 *   saves with a fresh request, which opens a transaction of its own) would wait for that turn
 *   forever. So every operation that opens a transaction is marked (see `claimWritePath`), and
 *   whatever it writes while its transaction is open joins that transaction: a plain statement runs
 *   inside it, a nested transaction becomes a savepoint. Nothing the holder does can queue behind
 *   the holder.
 * - Work that must not happen inside a transaction (mail) waits for the commit: `deferUntilCommit`.
 */

/** Who is writing: one object per operation that opened a transaction, inherited by its async work. */
type Writer = { readonly name: string }
const writers = new AsyncLocalStorage<Writer>()
let writerCount = 0

/** The transaction that holds the turn, and what waits for its commit. */
type Holder = { writer: Writer | undefined; tx: Transaction; afterCommit: (() => void)[]; savepoints: number }
const turn: { holder: Holder | null } = { holder: null }

/** The open transaction of the calling operation, if it holds the turn. */
const ownTransaction = (): Holder | null => {
  const holder = turn.holder
  const writer = writers.getStore()
  return holder && writer && holder.writer === writer ? holder : null
}

/**
 * Marks the calling operation as the owner of what it is about to begin. Called where Payload
 * begins a transaction (config/database.ts): the mark follows the operation through its hooks and
 * nested calls, and not into its caller or into unrelated requests. An operation that already owns
 * the open transaction keeps its mark, so its nested transaction is recognised as its own.
 */
export const claimWritePath = () => {
  if (ownTransaction()) return
  writers.enterWith({ name: `writer-${++writerCount}` })
}

/**
 * Holds `effect` until the calling operation's transaction commits (dropped if it rolls back) and
 * says so; false when the caller holds no transaction (MongoDB, or outside any save): do it now.
 */
export const deferUntilCommit = (effect: () => void): boolean => {
  const own = ownTransaction()
  if (own) own.afterCommit.push(effect)
  return Boolean(own)
}

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

/** A transaction begun inside the caller's own open transaction: a savepoint of it. */
const savepointOf = async (holder: Holder): Promise<Transaction> => {
  const name = `nested_${++holder.savepoints}`
  await holder.tx.execute(`SAVEPOINT ${name}`)
  let closed = false
  const end = async (sql: string[]) => {
    if (closed) return
    closed = true
    for (const statement of sql) await holder.tx.execute(statement)
  }
  return {
    execute: (statement: InStatement) => holder.tx.execute(statement),
    batch: (statements: InStatement[]) => holder.tx.batch(statements),
    executeMultiple: (sql: string) => holder.tx.executeMultiple(sql),
    commit: () => end([`RELEASE ${name}`]),
    rollback: () => end([`ROLLBACK TO ${name}`, `RELEASE ${name}`]),
    close: () => {
      if (!closed) void end([`ROLLBACK TO ${name}`, `RELEASE ${name}`]).catch(() => undefined)
    },
    get closed() {
      return closed || holder.tx.closed
    },
  } as Transaction
}

/**
 * The libsql client behind the SQLite adapter. Every connection waits for a busy database (libsql
 * hands its connection to each transaction and opens a fresh one after, which the adapter's own
 * `busyTimeout` never reached), and writes take turns as described above.
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
  /** A write outside any transaction: inside the caller's own, or in its turn. */
  const write = async <T>(inOwn: (tx: Transaction) => Promise<T>, run: () => Promise<T>): Promise<T> => {
    const own = ownTransaction()
    if (own) return inOwn(own.tx)
    await prepare()
    const release = await takeTurn()
    try {
      return await run()
    } finally {
      release()
    }
  }
  client.execute = ((statement: InStatement, ...rest: unknown[]) => {
    const run = () => (execute as (...args: unknown[]) => Promise<ResultSet>).call(client, statement, ...rest)
    if (isRead(statement)) return prepare().then(run)
    return write((tx) => tx.execute(statement), run)
  }) as Client['execute']
  client.batch = ((statements: InStatement[], ...rest: unknown[]) =>
    write(
      (tx) => tx.batch(statements),
      () => (batch as (...args: unknown[]) => Promise<ResultSet[]>).call(client, statements, ...rest),
    )) as Client['batch']
  client.executeMultiple = ((sql: string) =>
    write(
      (tx) => tx.executeMultiple(sql),
      () => executeMultiple.call(client, sql),
    )) as Client['executeMultiple']
  client.migrate = ((...args: Parameters<Client['migrate']>) =>
    write(
      (tx) => tx.batch(args[0]),
      () => migrate.apply(client, args),
    )) as Client['migrate']
  client.transaction = (async (...args: Parameters<Client['transaction']>) => {
    const own = ownTransaction()
    if (own) return savepointOf(own)
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
    const holder: Holder = { writer: writers.getStore(), tx, afterCommit: [], savepoints: 0 }
    turn.holder = holder
    let ended = false
    const endTurn = (committed: boolean) => {
      if (ended) return
      ended = true
      if (turn.holder === holder) turn.holder = null
      release()
      if (committed) for (const effect of holder.afterCommit) effect()
    }
    const { commit, rollback, close } = tx
    return {
      execute: (statement: InStatement) => tx.execute(statement),
      batch: (statements: InStatement[]) => tx.batch(statements),
      executeMultiple: (sql: string) => tx.executeMultiple(sql),
      commit: async () => {
        let committed = false
        try {
          await commit.call(tx)
          committed = true
        } finally {
          endTurn(committed)
        }
      },
      rollback: async () => {
        try {
          await rollback.call(tx)
        } finally {
          endTurn(false)
        }
      },
      close: () => {
        try {
          close.call(tx)
        } finally {
          endTurn(false)
        }
      },
      get closed() {
        return tx.closed
      },
    } as Transaction
  }) as Client['transaction']
  return process.env.BENCH_COUNT_QUERIES === 'true' ? countingQueries(client) : client
}

/**
 * `npm run bench` counts the statements each page sends to the database (BENCH_COUNT_QUERIES=true):
 * a running total on globalThis that the benchmark's server reads between requests. Off by
 * default, and then the client is returned untouched.
 */
const countingQueries = (client: Client): Client => {
  const counter = Symbol.for('film-diplomacy.benchQueries')
  const total = globalThis as unknown as Record<symbol, number>
  total[counter] ??= 0
  const { execute, batch } = client
  client.execute = ((...args: Parameters<Client['execute']>) => {
    total[counter]++
    return execute.apply(client, args)
  }) as Client['execute']
  client.batch = ((...args: Parameters<Client['batch']>) => {
    total[counter] += args[0].length
    return batch.apply(client, args)
  }) as Client['batch']
  return client
}
