import { sql } from 'kysely'
import type { Db, Trx } from '../db'

/**
 * Invoices still waiting for the partner's transfer, with the partner's INN and what it owes once
 * the invoice's credit notes are taken off, for matching a statement (AT-1.6).
 */
export const invoicesAwaitingTransferWithInn = (db: Db) =>
  db
    .selectFrom('invoices as i')
    .innerJoin('partners as p', 'p.id', 'i.partner_id')
    .select((eb) => [
      'i.id',
      'i.number',
      'p.inn as partner_inn',
      'i.issued_on',
      sql<bigint>`i.payable_kop - coalesce(${eb
        .selectFrom('credit_notes as n')
        .select((inner) => inner.fn.sum<bigint>('n.payable_kop').as('kop'))
        .whereRef('n.invoice_id', '=', 'i.id')}, 0)`.as('payable_kop'),
    ])
    .where('i.state', '=', 'issued')
    .where('i.transfer_received_on', 'is', null)
    .execute()

/** Which of these payment keys a statement loaded before has recorded already. */
export const recordedPaymentKeys = async (db: Db, keys: string[]): Promise<Set<string>> =>
  keys.length === 0 ? new Set() : new Set((await db.selectFrom('bank_payments').select('key').where('key', 'in', keys).execute()).map((row) => row.key))

/** Claims a payment for the invoices it pays; false when another load recorded it first. */
export const insertBankPayment = async (
  trx: Trx,
  payment: { key: string; number: string; paidOn: string; receivedOn: string; amountKop: bigint; payerInn: string | null; invoiceIds: string[] },
): Promise<boolean> => {
  const inserted = await trx
    .insertInto('bank_payments')
    .values({
      key: payment.key,
      number: payment.number,
      paid_on: payment.paidOn,
      received_on: payment.receivedOn,
      amount_kop: payment.amountKop,
      payer_inn: payment.payerInn,
      invoice_ids: payment.invoiceIds,
    })
    .onConflict((conflict) => conflict.column('key').doNothing())
    .returning('key')
    .executeTakeFirst()
  return inserted !== undefined
}
