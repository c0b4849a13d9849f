import { sql } from 'kysely'
import type { Db } from '../db'

/** Invoices with their partner and client, as the invoice reports list them. */
const invoicesWithParties = (db: Db) =>
  db
    .selectFrom('invoices as i')
    .innerJoin('partners as p', 'p.id', 'i.partner_id')
    .leftJoin('clients as c', 'c.account_number', 'i.account_number')
    .select([
      'i.number',
      'i.issued_on',
      'p.name as partner_name',
      'p.inn as partner_inn',
      'i.account_number',
      'c.name as client_name',
      'i.state',
      'i.list_kop',
      'i.reward_kop',
      'i.payable_kop',
      'i.client_paid_on',
      'i.transfer_due_on',
      'i.transfer_received_on',
    ])

export type ReportInvoiceRow = Awaited<ReturnType<typeof invoicesIssuedBetween>>[number]

/** Invoices issued in a period, oldest first (the invoices report). */
export const invoicesIssuedBetween = (db: Db, { from, to }: { from: string; to: string }) =>
  invoicesWithParties(db).where('i.issued_on', '>=', from).where('i.issued_on', '<=', to).orderBy('i.issued_on').orderBy('i.year').orderBy('i.seq').execute()

/** Invoices whose client paid and whose transfer the vendor has not received, soonest deadline first. */
export const transfersAwaited = (db: Db) =>
  invoicesWithParties(db)
    .where('i.state', '=', 'issued')
    .where('i.client_paid_on', 'is not', null)
    .where('i.transfer_received_on', 'is', null)
    .orderBy('i.transfer_due_on')
    .orderBy('i.number')
    .execute()

/**
 * Per partner, what its open invoices owe the vendor (AT-1.6): not yet paid by the client, paid and
 * awaiting the transfer, and of those the ones past their deadline on `today`.
 */
export const receivablesByPartner = (db: Db, today: string) =>
  db
    .selectFrom('partners as p')
    .leftJoin('invoices as i', (join) => join.onRef('i.partner_id', '=', 'p.id').on('i.state', '=', 'issued'))
    .select((eb) => [
      'p.name',
      'p.inn',
      'p.state',
      eb.fn.countAll<string>().filterWhere('i.client_paid_on', 'is', null).filterWhere('i.id', 'is not', null).as('unpaid_count'),
      sql<string>`coalesce(sum(i.payable_kop) filter (where i.client_paid_on is null), 0)`.as('unpaid_kop'),
      eb.fn.countAll<string>().filterWhere('i.client_paid_on', 'is not', null).as('awaited_count'),
      sql<string>`coalesce(sum(i.payable_kop) filter (where i.client_paid_on is not null), 0)`.as('awaited_kop'),
      eb.fn.countAll<string>().filterWhere('i.transfer_due_on', '<', today).filterWhere('i.client_paid_on', 'is not', null).as('overdue_count'),
      sql<string>`coalesce(sum(i.payable_kop) filter (where i.client_paid_on is not null and i.transfer_due_on < ${today}), 0)`.as('overdue_kop'),
    ])
    .groupBy(['p.id', 'p.name', 'p.inn', 'p.state'])
    .orderBy('p.name')
    .execute()

/** Partners whose expulsion staff confirmed (AT-4.1), by name. */
export const expelledPartners = (db: Db) => db.selectFrom('partners').select(['id', 'name', 'inn']).where('state', '=', 'expelled').orderBy('name').execute()

/** Every pin with its client and partner, by state and then by when it was asked for. */
export const pinsWithParties = (db: Db) =>
  db
    .selectFrom('pins as pin')
    .innerJoin('partners as p', 'p.id', 'pin.partner_id')
    .leftJoin('clients as c', 'c.account_number', 'pin.account_number')
    .select([
      'pin.account_number',
      'c.name as client_name',
      'p.name as partner_name',
      'p.inn as partner_inn',
      'pin.state',
      'pin.requested_at',
      'pin.decided_at',
      'pin.released_at',
      'pin.valid_until',
      'pin.reason',
    ])
    .orderBy('pin.state')
    .orderBy('pin.requested_at')
    .execute()

/** The accounts' balances from the postings made before `from`, a day in `timeZone`. */
export const accountTotalsBefore = (db: Db, { accounts, from, timeZone }: { accounts: string[]; from: string; timeZone: string }) =>
  db
    .selectFrom('ledger_postings as p')
    .innerJoin('ledger_transactions as t', 't.id', 'p.transaction_id')
    .select(['p.account', (eb) => eb.fn.sum<bigint | string>('p.amount_kop').as('total')])
    .where('p.account', 'in', accounts)
    .where(sql<string>`(t.created_at at time zone ${timeZone})::date`, '<', from)
    .groupBy('p.account')
    .execute()

/** The accounts' postings made between two days in `timeZone` (both included), in order, with their invoice. */
export const postingsBetween = (db: Db, { accounts, from, to, timeZone }: { accounts: string[]; from: string; to: string; timeZone: string }) =>
  db
    .selectFrom('ledger_postings as p')
    .innerJoin('ledger_transactions as t', 't.id', 'p.transaction_id')
    .leftJoin('invoices as i', 'i.id', 't.invoice_id')
    .select(['p.id', 't.created_at', 't.kind', 'i.number', 'p.account', 'p.amount_kop'])
    .where('p.account', 'in', accounts)
    .where(sql<string>`(t.created_at at time zone ${timeZone})::date`, '>=', from)
    .where(sql<string>`(t.created_at at time zone ${timeZone})::date`, '<=', to)
    .orderBy('p.id')
    .execute()
