import { randomUUID } from 'node:crypto'
import type { Insertable, Kysely } from 'kysely'
import type { ClientsTable, Database, PartnersTable } from '../../server/src/store/schema'

/** Inserts a partner; fields not given are plain valid values. */
export const insertPartner = async (db: Kysely<Database>, overrides: Partial<Insertable<PartnersTable>> = {}) =>
  db
    .insertInto('partners')
    .values({ id: randomUUID(), name: 'ООО «Агат РТ»', inn: '7707083893', email: 'partner@example.ru', status: 'partner', ...overrides })
    .returningAll()
    .executeTakeFirstOrThrow()

/** Inserts a client (a vendor account number); fields not given are plain valid values. */
export const insertClient = async (db: Kysely<Database>, overrides: Partial<Insertable<ClientsTable>> = {}) =>
  db
    .insertInto('clients')
    .values({ account_number: `ACC-${randomUUID().slice(0, 8)}`, name: 'ООО «Ромашка»', ...overrides })
    .returningAll()
    .executeTakeFirstOrThrow()
