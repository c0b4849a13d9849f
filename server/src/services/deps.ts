import type { Kysely } from 'kysely'
import type { Logger } from 'pino'
import type { Calendars } from '../domain/calendar/calendar-schema'
import type { Program } from '../domain/program/program-schema'
import type { Database } from '../store/schema'

/** What every use case may use: the database, the loaded program and calendars, a logger. */
export type Deps = {
  db: Kysely<Database>
  program: Program
  calendars: Calendars
  logger: Logger
}

export type Trx = Kysely<Database>
