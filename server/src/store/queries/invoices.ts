import { type ExpressionBuilder, type Insertable, sql } from 'kysely'
import { AppError } from '../../../../shared/src/contract'
import type { PaidInvoice } from '../../domain/invoices/sublicense-terms'
import { compileOnce } from '../compile-once'
import type { Db, Trx } from '../db'
import type { Database, NumberSeries } from '../schema'
import { creditNotesJson } from './credit-notes'

// The client's name rides along, so a list names each client without a query per item.
const selectInvoices = (db: Db) =>
  db
    .selectFrom('invoices')
    .innerJoin('partners', 'partners.id', 'invoices.partner_id')
    .leftJoin('clients', 'clients.account_number', 'invoices.account_number')
    .selectAll('invoices')
    .select(['partners.name as partner_name', 'clients.name as client_name'])
    .select(creditNotesJson().as('credit_notes'))

export type InvoiceRow = Awaited<ReturnType<ReturnType<typeof selectInvoices>['executeTakeFirstOrThrow']>>

/**
 * An invoice the caller may see: its owner or vendor staff. Another partner's invoice answers
 * not_found, never forbidden, so ids do not leak across tenants (X-5).
 */
export const getVisibleInvoice = async (db: Db, id: string, partnerId: string | null, lock = false): Promise<InvoiceRow> => {
  let query = selectInvoices(db).where('invoices.id', '=', id)
  if (partnerId) query = query.where('invoices.partner_id', '=', partnerId)
  if (lock) query = query.forUpdate('invoices')
  const row = await query.executeTakeFirst()
  if (!row) throw new AppError('not_found', 'No such invoice')
  return row
}

/** A client's invoices as Kysely builds them, newest first: a partner's own when `partnerId` is given (X-5). */
export const invoicesOfClientQuery = (db: Db, { accountNumber, partnerId }: { accountNumber: string; partnerId: string | null }) => {
  let query = selectInvoices(db).where('invoices.account_number', '=', accountNumber)
  if (partnerId) query = query.where('invoices.partner_id', '=', partnerId)
  return query.orderBy('invoices.created_at', 'desc').orderBy('invoices.number', 'desc')
}

/** The card's invoices, as vendor staff ask for them and as a partner does: each shape compiled once. */
export const invoicesOfClientStatements = {
  forStaff: compileOnce((db: Db, accountNumber: string) => invoicesOfClientQuery(db, { accountNumber, partnerId: null }), 1),
  forPartner: compileOnce((db: Db, accountNumber: string, partnerId: string) => invoicesOfClientQuery(db, { accountNumber, partnerId }), 2),
}

/** A client's invoices, newest first: a partner's own when `partnerId` is given (X-5). The card's second query. */
export const invoicesOfClient = (db: Db, { accountNumber, partnerId }: { accountNumber: string; partnerId: string | null }) =>
  partnerId ? invoicesOfClientStatements.forPartner.execute(db, accountNumber, partnerId) : invoicesOfClientStatements.forStaff.execute(db, accountNumber)

/** An invoice as the card's one statement carries it in JSON: money as text (int8 is not a safe JSON number), the creation time as an ISO string. */
export type InvoiceJson = Omit<InvoiceRow, 'list_kop' | 'reward_kop' | 'payable_kop' | 'vat_kop' | 'created_at'> & {
  list_kop: string
  reward_kop: string
  payable_kop: string
  vat_kop: string
  created_at: string
}

/**
 * A client's invoices as one JSON array inside a query over `clients`: the rows and order of
 * `invoicesOfClient` (newest first, a partner's own when `partnerId` is given, X-5), so the card
 * needs no second statement. `invoiceFromJson` turns each back into the row the services use.
 */
export const invoicesOfClientJson = (eb: ExpressionBuilder<Database, 'clients'>, partnerId: string | null) =>
  eb
    .selectFrom(
      eb
        .selectFrom('invoices')
        .innerJoin('partners', 'partners.id', 'invoices.partner_id')
        .select([
          'invoices.id',
          'invoices.number',
          'invoices.year',
          'invoices.seq',
          'invoices.partner_id',
          'invoices.account_number',
          'invoices.state',
          'invoices.lines',
          'invoices.discount_source',
          'invoices.issued_on',
          'invoices.client_paid_on',
          'invoices.transfer_due_on',
          'invoices.transfer_due_estimated',
          'invoices.transfer_received_on',
          'invoices.on_time',
          'invoices.void_reason',
          'invoices.created_at',
          'invoices.project_pin_id',
          'partners.name as partner_name',
          'clients.name as client_name',
        ])
        .select(creditNotesJson().as('credit_notes'))
        .select((inner) => [
          inner.cast<string>('invoices.list_kop', 'text').as('list_kop'),
          inner.cast<string>('invoices.reward_kop', 'text').as('reward_kop'),
          inner.cast<string>('invoices.payable_kop', 'text').as('payable_kop'),
          inner.cast<string>('invoices.vat_kop', 'text').as('vat_kop'),
        ])
        .whereRef('invoices.account_number', '=', 'clients.account_number')
        .$if(partnerId !== null, (query) => query.where('invoices.partner_id', '=', partnerId ?? ''))
        .as('agg'),
    )
    .select(sql<InvoiceJson[]>`coalesce(json_agg(agg order by agg.created_at desc, agg.number desc), '[]')`.as('invoices'))

/** An invoice carried in JSON (`invoicesOfClientJson`) as the row `invoicesOfClient` answers: money a bigint, the creation time a Date. */
export const invoiceFromJson = (json: InvoiceJson): InvoiceRow => ({
  ...json,
  list_kop: BigInt(json.list_kop),
  reward_kop: BigInt(json.reward_kop),
  payable_kop: BigInt(json.payable_kop),
  vat_kop: BigInt(json.vat_kop),
  created_at: new Date(json.created_at),
})

/** The latest invoices, newest first: a partner's own when `partnerId` is given (X-5). */
export const latestInvoices = (db: Db, { partnerId, limit }: { partnerId: string | null; limit: number }) => {
  let query = selectInvoices(db)
  if (partnerId) query = query.where('invoices.partner_id', '=', partnerId)
  return query.orderBy('invoices.created_at', 'desc').orderBy('invoices.number', 'desc').limit(limit).execute()
}

/** Issued invoices still awaiting their transfer, by deadline: a partner's own when `partnerId` is given. */
export const invoicesAwaitingTransfer = (db: Db, partnerId: string | null) => {
  let query = selectInvoices(db).where('invoices.state', '=', 'issued')
  if (partnerId) query = query.where('invoices.partner_id', '=', partnerId)
  return query.orderBy('invoices.transfer_due_on').orderBy('invoices.number').execute()
}

/** A client's invoices the client has paid and that are not void: the basis of its sublicense terms (AT-4.2). */
export const paidInvoicesOf = async (db: Db, accountNumber: string, partnerId?: string): Promise<PaidInvoice[]> => {
  let query = db
    .selectFrom('invoices')
    .select(['id', 'number', 'client_paid_on', 'on_time', 'lines'])
    .where('account_number', '=', accountNumber)
    .where('state', '!=', 'void')
    .where('client_paid_on', 'is not', null)
  if (partnerId) query = query.where('partner_id', '=', partnerId)
  const rows = await query.orderBy('client_paid_on').orderBy('number').execute()
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    clientPaidOn: row.client_paid_on!,
    onTime: row.on_time,
    lines: row.lines as PaidInvoice['lines'],
  }))
}

/** A partner's settled invoices: the candidates for its qualifying first purchase (AG-3.1). */
export const settledInvoicesOf = (db: Db, partnerId: string) =>
  db
    .selectFrom('invoices')
    .select(['id', 'number', 'list_kop', 'payable_kop', 'reward_kop', 'transfer_received_on'])
    .select(creditNotesJson().as('credit_notes'))
    .where('partner_id', '=', partnerId)
    .where('state', '=', 'settled')
    .execute()

/** Issued invoices past their transfer deadline that have never had their automatic violation (AT-1.6). */
export const overdueInvoicesWithoutViolation = (db: Db, today: string) =>
  db
    .selectFrom('invoices')
    .select(['id', 'number', 'partner_id', 'transfer_due_on'])
    .where('state', '=', 'issued')
    .where('transfer_received_on', 'is', null)
    .where('transfer_due_on', '<', today)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('violations')
            .select('violations.id')
            .whereRef('violations.invoice_id', '=', 'invoices.id')
            .where('violations.source', '=', 'auto-overdue'),
        ),
      ),
    )
    .orderBy('transfer_due_on')
    .execute()

/**
 * Next number of the year in a series from its counter row, locked until commit: gapless even on
 * rollback (X-3). Invoices and credit notes each count in their own series.
 */
export const nextNumberInSeries = async (trx: Trx, { series, year }: { series: NumberSeries; year: number }): Promise<number> => {
  const { last_seq } = await trx
    .insertInto('invoice_counters')
    .values({ series, year, last_seq: 1 })
    .onConflict((oc) => oc.columns(['series', 'year']).doUpdateSet((eb) => ({ last_seq: eb('invoice_counters.last_seq', '+', 1) })))
    .returning('last_seq')
    .executeTakeFirstOrThrow()
  return last_seq
}

/** Next invoice number of the year (X-3). */
export const nextInvoiceNumber = (trx: Trx, year: number): Promise<number> => nextNumberInSeries(trx, { series: 'invoice', year })

export type NewInvoice = Insertable<Database['invoices']>

/** Writes a new invoice and answers it as stored. */
export const insertInvoice = (trx: Trx, values: NewInvoice) => trx.insertInto('invoices').values(values).returningAll().executeTakeFirstOrThrow()

/** Records the day the client paid and the transfer deadline it sets (AT-1.6). */
export const setClientPaidOn = async (trx: Trx, { id, paidOn, deadline }: { id: string; paidOn: string; deadline: { date: string; isEstimated: boolean } }) => {
  await trx
    .updateTable('invoices')
    .set({ client_paid_on: paidOn, transfer_due_on: deadline.date, transfer_due_estimated: deadline.isEstimated })
    .where('id', '=', id)
    .execute()
}

/** Settles an invoice on the day the partner's transfer arrived (AT-1.6). */
export const setTransferReceived = async (trx: Trx, { id, receivedOn, onTime }: { id: string; receivedOn: string; onTime: boolean | null }) => {
  await trx.updateTable('invoices').set({ state: 'settled', transfer_received_on: receivedOn, on_time: onTime }).where('id', '=', id).execute()
}

/** Voids an invoice; its number stays taken (X-3). */
export const setInvoiceVoid = async (trx: Trx, { id, reason }: { id: string; reason: string }) => {
  await trx.updateTable('invoices').set({ state: 'void', void_reason: reason }).where('id', '=', id).execute()
}

/**
 * Holds, until the transaction ends, the partner's right to invoice one client (or no client named):
 * a second invoice for it waits here, then reads the first as committed, so the duplicate check
 * (X-6) sees every twin. A transaction-scoped advisory lock: PostgreSQL and PGlite alike.
 */
export const lockClientInvoicing = async (trx: Trx, { partnerId, accountNumber }: { partnerId: string; accountNumber: string | null }) => {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`invoice:${partnerId}:${accountNumber ?? ''}`}, 0))`.execute(trx)
}

/**
 * The partner's invoices for one client (or for no client named) made since a moment, void ones left
 * out: the candidates for a likely duplicate (X-6). A few suffice, so the newest twenty.
 */
export const recentInvoicesOfClient = (db: Db, { partnerId, accountNumber, since }: { partnerId: string; accountNumber: string | null; since: Date }) => {
  const query = db
    .selectFrom('invoices')
    .select(['number', 'issued_on', 'lines'])
    .where('partner_id', '=', partnerId)
    .where('state', '!=', 'void')
    .where('created_at', '>=', since)
  return (accountNumber === null ? query.where('account_number', 'is', null) : query.where('account_number', '=', accountNumber))
    .orderBy('created_at', 'desc')
    .limit(20)
    .execute()
}

/**
 * Vendor staff's correction of the client-payment date (AT-1.6): the new date, the deadline it sets,
 * and — for a settled invoice — whether the transfer now counts as on time. The audit row keeps the old.
 */
export const correctClientPaidOn = async (
  trx: Trx,
  { id, paidOn, deadline, onTime }: { id: string; paidOn: string; deadline: { date: string; isEstimated: boolean }; onTime: boolean | null },
) => {
  await trx
    .updateTable('invoices')
    .set({ client_paid_on: paidOn, transfer_due_on: deadline.date, transfer_due_estimated: deadline.isEstimated, on_time: onTime })
    .where('id', '=', id)
    .execute()
}

/**
 * Every paid, not void invoice with an account, of one partner or (null) of all, with the client's
 * and the partner's names: what the renewals list counts the terms from (AT-1.6 prolongation).
 */
export const paidInvoicesForRenewals = (db: Db, partnerId: string | null) => {
  let query = db
    .selectFrom('invoices')
    .innerJoin('clients', 'clients.account_number', 'invoices.account_number')
    .innerJoin('partners', 'partners.id', 'invoices.partner_id')
    .select([
      'invoices.id',
      'invoices.number',
      'invoices.client_paid_on',
      'invoices.on_time',
      'invoices.lines',
      'invoices.account_number',
      'invoices.partner_id',
      'clients.name as client_name',
      'partners.name as partner_name',
    ])
    .where('invoices.state', '!=', 'void')
    .where('invoices.client_paid_on', 'is not', null)
  if (partnerId) query = query.where('invoices.partner_id', '=', partnerId)
  return query.orderBy('invoices.account_number').orderBy('invoices.client_paid_on').orderBy('invoices.number').execute()
}

/** Whose invoices these numbers are, and for which client: what a bank statement's transfers changed. */
export const partiesOfInvoices = (db: Db, numbers: string[]) =>
  numbers.length === 0 ? Promise.resolve([]) : db.selectFrom('invoices').select(['account_number', 'partner_id']).where('number', 'in', numbers).execute()
