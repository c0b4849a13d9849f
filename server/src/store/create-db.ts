import type { PGlite } from '@electric-sql/pglite'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { lockDataDir } from './data-dir-lock'
import { dumpPglite } from './dump-pglite'
import { namedStatementPool } from './named-statements'
import { openPglite } from './open-pglite'
import { pgliteDialect } from './pglite-dialect'
import type { PoolStats } from './pool-stats'
import type { Database } from './schema'
import { pgTypes } from './type-parsers'

export type DbKind = 'pglite' | 'postgres'

export type Db = {
  db: Kysely<Database>
  kind: DbKind
  close: () => Promise<void>
  /** Connections in use and waiting, for /metrics. */
  poolStats?: () => PoolStats
  /** PGlite only: its data directory as a tar archive, consistent while the relay runs. */
  dumpDataDir?: () => Promise<Buffer>
  /** PostgreSQL only: where it is, for a connection of its own (the live updates' LISTEN). */
  databaseUrl?: string
}

export type CreateDbOptions = {
  /** postgres://… — use a PostgreSQL server. */
  databaseUrl?: string
  /** Otherwise an embedded PGlite persisted here (created on first start). */
  dataDir?: string
  /** An idle pooled connection failed (server restart, network); the pool replaces it. */
  onConnectionError?: (err: Error) => void
}

/**
 * Opens the relay's database: a PostgreSQL server when `databaseUrl` is given, else PGlite in
 * `dataDir` (in memory when both are omitted). Values parse the same way on both engines.
 * @throws DataDirInUseError when another live process holds `dataDir`.
 */
export const createDb = async ({ databaseUrl, dataDir, onConnectionError }: CreateDbOptions = {}): Promise<Db> => {
  if (databaseUrl) {
    const pool = postgresPool(databaseUrl, onConnectionError)
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: namedStatementPool(pool) }) })
    const poolStats = () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount })
    return { db, kind: 'postgres', close: () => db.destroy(), poolStats, databaseUrl }
  }
  // PGlite lets a second process open a directory in use: the lock refuses it (DataDirInUseError).
  const lock = dataDir ? await lockDataDir(dataDir) : undefined
  const pglite = await openPglite({ dataDir }).catch(async (error: unknown) => {
    await lock?.release()
    throw error
  })
  const opened = pgliteDb(pglite)
  const close = async () => {
    await opened.close()
    await lock?.release()
  }
  return { ...opened, close }
}

/** A database on an open PGlite; closing it closes the instance. */
export const pgliteDb = (pglite: PGlite): Db => {
  const dialect = pgliteDialect(pglite)
  const db = new Kysely<Database>({ dialect })
  return { db, kind: 'pglite', close: () => db.destroy(), poolStats: dialect.stats, dumpDataDir: () => dumpPglite(db, pglite) }
}

const postgresPool = (connectionString: string, onConnectionError = (_: Error) => {}) => {
  const pool = new pg.Pool({
    connectionString,
    types: pgTypes,
    // PGlite runs in UTC; so do our PostgreSQL sessions, so SQL date arithmetic agrees on both.
    options: '-c TimeZone=UTC',
  })
  // Without a listener an idle client's error would crash the process.
  pool.on('error', onConnectionError)
  return pool
}

const UNIQUE_VIOLATION = '23505'

/**
 * True when `err` is PostgreSQL's unique_violation, optionally on one constraint or unique index
 * (PostgreSQL names the index for a unique index). node-postgres and PGlite errors both carry the
 * SQLSTATE in `code` and the name in `constraint`.
 */
export const isUniqueViolation = (err: unknown, constraintOrIndexName?: string): boolean => {
  if (typeof err !== 'object' || err === null) return false
  const { code, constraint } = err as { code?: unknown; constraint?: unknown }
  return code === UNIQUE_VIOLATION && (constraintOrIndexName === undefined || constraint === constraintOrIndexName)
}
