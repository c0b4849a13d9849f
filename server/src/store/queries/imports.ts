import type { Insertable } from 'kysely'
import { sql } from 'kysely'
import type { Db, Trx } from '../db'
import type { Database } from '../schema'

/** Rows per INSERT: a few thousand parameters, well under PostgreSQL's 65 535, and a handful of round trips for 10 000 lines. */
const BATCH = 1000

const inBatches = async <T>(rows: T[], write: (batch: T[]) => Promise<unknown>) => {
  for (let start = 0; start < rows.length; start += BATCH) await write(rows.slice(start, start + BATCH))
}

/** The set of values as one array parameter: one statement whatever the file's size. */
const anyOf = (values: string[]) => sql<string>`any(${sql.val(values)}::text[])`

/** The partners with these INNs (the oldest first when two share one), for an import to find or match. */
export const partnersByInn = (db: Db, inns: string[]) =>
  inns.length === 0
    ? Promise.resolve([])
    : db.selectFrom('partners').select(['id', 'inn', 'name', 'email', 'state']).where('inn', '=', anyOf(inns)).orderBy('created_at').orderBy('id').execute()

/** These clients, each with the partner of its live pin (requested or approved) if it has one. */
export const clientsWithLivePin = (db: Db, accountNumbers: string[]) =>
  accountNumbers.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('clients as c')
        .leftJoin('pins as p', (join) => join.onRef('p.account_number', '=', 'c.account_number').on('p.state', 'in', ['requested', 'approved']))
        .leftJoin('partners as pp', 'pp.id', 'p.partner_id')
        .select(['c.account_number', 'c.name', 'p.partner_id', 'pp.name as partner_name'])
        .where('c.account_number', '=', anyOf(accountNumbers))
        .execute()

/** The paid terms imported before for these clients. */
export const importedTermsOf = (db: Db, accountNumbers: string[]) =>
  accountNumbers.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('imported_terms')
        .select(['id', 'account_number', 'sku', 'name', 'quantity', 'paid_until'])
        .where('account_number', '=', anyOf(accountNumbers))
        .orderBy('paid_until')
        .orderBy('sku')
        .execute()

/** The historic invoices imported before under these numbers. */
export const historicInvoicesByNumber = (db: Db, numbers: string[]) =>
  numbers.length === 0 ? Promise.resolve([]) : db.selectFrom('historic_invoices').select(['number', 'lines']).where('number', '=', anyOf(numbers)).execute()

export const insertClients = (trx: Trx, rows: Insertable<Database['clients']>[]) =>
  inBatches(rows, (batch) => trx.insertInto('clients').values(batch).execute())

export const insertPins = (trx: Trx, rows: Insertable<Database['pins']>[]) => inBatches(rows, (batch) => trx.insertInto('pins').values(batch).execute())

export const insertImportedTerms = (trx: Trx, rows: Insertable<Database['imported_terms']>[]) =>
  inBatches(rows, (batch) => trx.insertInto('imported_terms').values(batch).execute())

export const insertHistoricInvoices = (trx: Trx, rows: Insertable<Database['historic_invoices']>[]) =>
  inBatches(rows, (batch) => trx.insertInto('historic_invoices').values(batch).execute())
