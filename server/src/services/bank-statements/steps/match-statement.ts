import { createHash } from 'node:crypto'
import { matchPayments } from '../../../domain/bank/match-payments'
import type { BankPayment, BankStatement } from '../../../domain/bank/parse-bank-statement'
import type { Db } from '../../../store/db'
import { invoicesAwaitingTransferWithInn } from '../../../store/queries/bank-payments'
import type { Deps } from '../../deps'

/** A payment's identity in any statement that holds it: who paid whom, which order, when, how much. */
const keyOf = (payment: BankPayment) =>
  createHash('sha256').update([payment.payerInn, payment.payeeInn, payment.number, payment.date, payment.amountKop].join('|')).digest('hex')

/** The statement's payments against the invoices awaiting a transfer now (AT-1.6), each with its key. */
export const matchStatement = async (db: Db, deps: Deps, statement: BankStatement) => {
  const open = (await invoicesAwaitingTransferWithInn(db)).map((row) => ({
    id: row.id,
    number: row.number,
    partnerInn: row.partner_inn,
    // Computed in SQL, so not every driver hands it back as a bigint.
    payableKop: BigInt(row.payable_kop),
    issuedOn: row.issued_on,
  }))
  return matchPayments({ payments: statement.payments, open, vendorInn: deps.program.vendor.inn }).map((match) => ({ ...match, key: keyOf(match.payment) }))
}
