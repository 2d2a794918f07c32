import { AsyncLocalStorage } from 'node:async_hooks'
import {
  createClient,
  LibsqlError,
  type Client,
  type InArgs,
  type InStatement,
  type Replicated,
  type ResultSet,
  type Transaction,
  type TransactionMode,
} from '@libsql/client'

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

/**
 * Statements that only read: answered by the reader connection, outside the write turn. A pragma
 * that sets something (`PRAGMA foreign_keys = OFF`) is not one: it must reach the writer that the
 * writes after it use.
 */
const isRead = (statement: InStatement) => {
  const sql = typeof statement === 'string' ? statement : statement.sql
  return /^\s*select\b/i.test(sql) || (/^\s*pragma\b/i.test(sql) && !sql.includes('='))
}

/** SQLite's answer to ROLLBACK or COMMIT when it already ended the transaction itself. */
const noTransaction = (error: unknown) => /no transaction is active/i.test(String(error))

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

const beginStatement = { write: 'BEGIN IMMEDIATE', deferred: 'BEGIN DEFERRED', read: 'BEGIN DEFERRED' }

/**
 * A transaction on the writer connection: BEGIN … COMMIT on the connection that stays open, where
 * libsql's own `transaction()` would take the connection away with it (see waitingSQLiteClient).
 * Only the holder of the write turn calls this, so nothing else runs on the writer meanwhile.
 */
const writerTransaction = async (writer: Client, mode: keyof typeof beginStatement): Promise<Transaction> => {
  try {
    await writer.execute(beginStatement[mode])
  } catch (error) {
    // A transaction whose rollback failed is still open on the writer and its owner is gone (the
    // turn is ours): end it, or no write would ever begin again.
    if (!/within a transaction/i.test(String(error))) throw error
    await writer.execute('ROLLBACK')
    await writer.execute(beginStatement[mode])
  }
  let open = true
  /**
   * Whether SQLite still holds our transaction after a statement failed: some failures (disk full,
   * I/O, `RAISE(ROLLBACK)`) end it, and a statement after that would commit on its own. A BEGIN
   * inside a transaction is refused; outside, it opens one that is rolled back at once.
   */
  const stillOpen = async () => {
    try {
      await writer.execute('BEGIN DEFERRED')
    } catch {
      return true
    }
    await writer.execute('ROLLBACK')
    return false
  }
  const checkOpen = () => {
    if (!open) throw new LibsqlError('The transaction is closed', 'TRANSACTION_CLOSED')
  }
  const execute = async (statement: InStatement) => {
    checkOpen()
    try {
      return await writer.execute(statement)
    } catch (error) {
      if (!(await stillOpen())) open = false
      throw error
    }
  }
  const rollback = async () => {
    if (!open) return
    open = false
    try {
      await writer.execute('ROLLBACK')
    } catch (error) {
      if (!noTransaction(error)) throw error
    }
  }
  return {
    execute,
    batch: async (statements: InStatement[]) => {
      const results: ResultSet[] = []
      for (const statement of statements) results.push(await execute(statement))
      return results
    },
    // libsql's executeMultiple rolls back whatever transaction its connection is in when it ends.
    executeMultiple: () =>
      Promise.reject(new Error('executeMultiple is not available inside a transaction on SQLite.')),
    commit: async () => {
      checkOpen()
      try {
        await writer.execute('COMMIT')
        open = false
      } catch (error) {
        if (!(await stillOpen())) open = false
        throw error
      }
    },
    rollback,
    close: () => {
      // libsql runs a statement before its promise is returned: the rollback is done on return.
      void rollback().catch(() => undefined)
    },
    get closed() {
      return !open
    },
  } as Transaction
}

/**
 * The libsql client behind the SQLite adapter: two connections, opened once and kept for the life
 * of the process, each set up once.
 *
 * - The reader answers every read outside a transaction. In WAL mode a reader never waits for the
 *   writer and sees the last commit.
 * - The writer runs every write and every transaction, one at a time, as described above.
 *
 * libsql's own `transaction()` hands its connection to the transaction and opens a fresh one for
 * the next statement, never closing the old (@libsql/client 0.14, sqlite3.js: `this.#db = null`):
 * every save paid for opening the file and reading the whole schema again, and left its connection's
 * file descriptors open. Here a transaction is BEGIN … COMMIT on the one writer connection.
 */
export const waitingSQLiteClient = (url: string): Client => {
  const client = new TakingTurns(createClient({ url }), createClient({ url }))
  return process.env.BENCH_COUNT_QUERIES === 'true' ? countingQueries(client) : client
}

class TakingTurns implements Client {
  readonly protocol = 'file'
  closed = false
  private readonly takeTurn = writeQueue()
  private readonly ready: Promise<void>

  constructor(
    private readonly reader: Client,
    private readonly writer: Client,
  ) {
    this.ready = (async () => {
      // A connection that finds the file locked (a backup, another process) waits for it.
      for (const connection of [writer, reader])
        await connection.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
      // Readers never wait on a writer; the mode is kept in the database file itself.
      await writer.execute('PRAGMA journal_mode = WAL')
      // An acknowledged save survives a power cut, not only a crash of this process.
      await writer.execute('PRAGMA synchronous = FULL')
    })()
  }

  /** A write outside any transaction: inside the caller's own, or on the writer in its turn. */
  private async write<T>(inOwn: (tx: Transaction) => Promise<T>, run: () => Promise<T>): Promise<T> {
    const own = ownTransaction()
    if (own) return inOwn(own.tx)
    await this.ready
    const release = await this.takeTurn()
    try {
      return await run()
    } finally {
      release()
    }
  }

  async execute(statement: InStatement, args?: InArgs): Promise<ResultSet> {
    const full: InStatement = typeof statement === 'string' && args ? { sql: statement, args } : statement
    await this.ready
    if (isRead(full)) return this.reader.execute(full)
    return this.write(
      (tx) => tx.execute(full),
      () => this.writer.execute(full),
    )
  }

  batch(statements: InStatement[], mode?: TransactionMode): Promise<ResultSet[]> {
    return this.write(
      (tx) => tx.batch(statements),
      () => this.writer.batch(statements, mode),
    )
  }

  migrate(statements: InStatement[]): Promise<ResultSet[]> {
    return this.write(
      (tx) => tx.batch(statements),
      () => this.writer.migrate(statements),
    )
  }

  executeMultiple(sql: string): Promise<void> {
    return this.write(
      (tx) => tx.executeMultiple(sql),
      () => this.writer.executeMultiple(sql),
    )
  }

  async transaction(mode: TransactionMode = 'write'): Promise<Transaction> {
    const own = ownTransaction()
    if (own) return savepointOf(own)
    await this.ready
    const release = await this.takeTurn()
    let tx: Transaction
    try {
      tx = await writerTransaction(this.writer, mode)
    } catch (error) {
      release()
      throw error
    }
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
    return {
      execute: (statement: InStatement) => tx.execute(statement),
      batch: (statements: InStatement[]) => tx.batch(statements),
      executeMultiple: (sql: string) => tx.executeMultiple(sql),
      commit: async () => {
        let committed = false
        try {
          await tx.commit()
          committed = true
        } finally {
          // A failed COMMIT that left the transaction open keeps the turn until it is rolled back.
          if (committed || tx.closed) endTurn(committed)
        }
      },
      rollback: async () => {
        try {
          await tx.rollback()
        } finally {
          endTurn(false)
        }
      },
      close: () => {
        try {
          tx.close()
        } finally {
          endTurn(false)
        }
      },
      get closed() {
        return tx.closed
      },
    } as Transaction
  }

  sync(): Promise<Replicated> {
    return Promise.resolve(undefined)
  }

  close() {
    this.closed = true
    this.reader.close()
    this.writer.close()
  }
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
  // BENCH_LOG_QUERIES=true (with BENCH_COUNT_QUERIES) also prints the start of each single statement:
  // which query a page makes, not just how many.
  const log = process.env.BENCH_LOG_QUERIES === 'true'
  client.execute = ((...args: Parameters<Client['execute']>) => {
    total[counter]++
    if (log) {
      const statement = args[0]
      console.error(`[sql] ${(typeof statement === 'string' ? statement : statement.sql).slice(0, 300)}`)
    }
    return execute.apply(client, args)
  }) as Client['execute']
  client.batch = ((...args: Parameters<Client['batch']>) => {
    total[counter] += args[0].length
    return batch.apply(client, args)
  }) as Client['batch']
  return client
}
