import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { namedStatementPool } from './named-statements'
import { openPglite } from './open-pglite'
import { pgliteDialect } from './pglite-dialect'
import type { Database } from './schema'
import { pgTypes } from './type-parsers'

export type DbKind = 'pglite' | 'postgres'

export type Db = {
  db: Kysely<Database>
  kind: DbKind
  close: () => Promise<void>
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
 */
export const createDb = async ({ databaseUrl, dataDir, onConnectionError }: CreateDbOptions = {}): Promise<Db> => {
  const db = databaseUrl
    ? new Kysely<Database>({ dialect: new PostgresDialect({ pool: namedStatementPool(postgresPool(databaseUrl, onConnectionError)) }) })
    : new Kysely<Database>({ dialect: pgliteDialect(await openPglite({ dataDir })) })
  return { db, kind: databaseUrl ? 'postgres' : 'pglite', close: () => db.destroy() }
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
