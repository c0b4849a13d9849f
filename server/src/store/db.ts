import type { Kysely, Transaction } from 'kysely'
import type { Database } from './schema'

/** The relay's database as every query takes it: the pool, or an open transaction on it. */
export type Db = Kysely<Database>

/** An open transaction: the statements of one use case that commit together take this. */
export type Trx = Transaction<Database>
