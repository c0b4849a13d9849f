import type { PGlite } from '@electric-sql/pglite'
import type { DatabaseConnection, Dialect, Driver, QueryCompiler, QueryResult, TransactionSettings } from 'kysely'
import { CompiledQuery, createQueryId, IdentifierNode, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, RawNode } from 'kysely'
import { type PgliteStatements, pgliteStatements } from './pglite-statements'
import type { PoolStats } from './pool-stats'

/**
 * Kysely dialect for an embedded PGlite. PGlite is one PostgreSQL backend, i.e. one session: two
 * Kysely transactions sharing it would interleave their statements inside one database
 * transaction. The driver therefore hands out its single connection under a mutex — a query
 * waits while a transaction holds it. Inside `db.transaction()` use only `trx`: a query on `db`
 * there waits for the transaction that is waiting for it.
 *
 * The dialect owns the instance: `db.destroy()` closes it.
 */
export const pgliteDialect = (pglite: PGlite): Dialect & { stats: () => PoolStats } => {
  const mutex = createMutex()
  return {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => pgliteDriver(pglite, mutex.lock),
    createQueryCompiler: () => new PostgresQueryCompiler(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    /** The one session as a pool of one: in use while a query or transaction holds it, the rest wait. */
    stats: () => {
      const queued = mutex.queued()
      return { total: 1, idle: queued > 0 ? 0 : 1, waiting: Math.max(queued - 1, 0) }
    },
  }
}

/**
 * A FIFO mutex: `lock()` resolves, in call order, to the function that lets the next one in.
 * `queued()` counts the holder and those waiting behind it.
 */
const createMutex = () => {
  let tail: Promise<void> = Promise.resolve()
  let queued = 0
  const lock = async (): Promise<() => void> => {
    let unlock!: () => void
    const previous = tail
    tail = new Promise((resolve) => (unlock = resolve))
    queued += 1
    await previous
    return () => {
      queued -= 1
      unlock()
    }
  }
  return { lock, queued: () => queued }
}

const pgliteDriver = (pglite: PGlite, lock: () => Promise<() => void>): Driver => {
  const connection = pgliteConnection(pgliteStatements(pglite))
  let unlock: (() => void) | undefined
  const run = async (sql: string) => {
    await connection.executeQuery(CompiledQuery.raw(sql))
  }
  const savepointCommand = (command: string) => async (_: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) => {
    const node = RawNode.createWithChildren([RawNode.createWithSql(`${command} `), IdentifierNode.create(name)])
    await connection.executeQuery(compile(node, createQueryId()))
  }

  return {
    init: async () => {
      await pglite.waitReady
    },
    acquireConnection: async () => {
      const release = await lock()
      if (pglite.closed) {
        release()
        throw new Error('the database is closed')
      }
      unlock = release
      return connection
    },
    releaseConnection: async () => {
      const release = unlock
      unlock = undefined
      release?.()
    },
    beginTransaction: (_, settings) => run(beginStatement(settings)),
    commitTransaction: () => run('commit'),
    rollbackTransaction: () => run('rollback'),
    savepoint: savepointCommand('savepoint'),
    rollbackToSavepoint: savepointCommand('rollback to'),
    releaseSavepoint: savepointCommand('release'),
    destroy: async () => {
      // Let the work in flight finish before the backend goes away.
      const release = await lock()
      if (!pglite.closed) await pglite.close()
      release()
    },
  }
}

const beginStatement = ({ isolationLevel, accessMode }: TransactionSettings): string =>
  ['start transaction', isolationLevel && `isolation level ${isolationLevel}`, accessMode].filter(Boolean).join(' ')

const pgliteConnection = (statements: PgliteStatements): DatabaseConnection => ({
  executeQuery: async <R>({ sql, parameters }: CompiledQuery): Promise<QueryResult<R>> => {
    // Like node-postgres: without parameters use the simple protocol, which accepts several
    // statements (migrations); with parameters the extended one, with a prepared statement.
    const result = parameters.length === 0 ? await statements.exec<R>(sql) : await statements.run<R>(sql, parameters)
    const isWrite = ['INSERT', 'UPDATE', 'DELETE', 'MERGE'].includes(result?.command ?? '')
    return {
      rows: result?.rows ?? [],
      numAffectedRows: isWrite ? BigInt(result?.rowCount ?? 0) : undefined,
    }
  },
  streamQuery: () => {
    throw new Error('streaming queries are not supported on PGlite')
  },
})
