import type { Kysely, Transaction } from 'kysely'
import { sql } from 'kysely'
import type { Database } from './schema'

export type LockOutcome<T> = { ran: true; result: T } | { ran: false; result?: undefined }

/**
 * Runs `fn` in a transaction that holds the advisory lock `key`, or not at all when another
 * session holds it: relays sharing one database take turns on a job pass instead of queueing.
 * The lock ends with the transaction. `fn` must use `trx` (on PGlite `db` waits for it).
 */
export const withAdvisoryLock = <T>(db: Kysely<Database>, key: bigint | number, fn: (trx: Transaction<Database>) => Promise<T>): Promise<LockOutcome<T>> =>
  db.transaction().execute(async (trx): Promise<LockOutcome<T>> => {
    const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(${BigInt(key)}::bigint) as locked`.execute(trx)
    if (!rows[0].locked) return { ran: false }
    return { ran: true, result: await fn(trx) }
  })
