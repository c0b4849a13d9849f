/**
 * What the database's connections are doing, for /metrics. PostgreSQL: node-postgres's pool. PGlite:
 * its one session, in use or idle, and the queries queued for it.
 */
export type PoolStats = { total: number; idle: number; waiting: number }
