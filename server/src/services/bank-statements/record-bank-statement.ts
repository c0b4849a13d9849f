import { AppError } from '../../../../shared/src/contract'
import { isRecordable } from '../../domain/bank/match-payments'
import { parseBankStatement } from '../../domain/bank/parse-bank-statement'
import { insertBankPayment, recordedPaymentKeys } from '../../store/queries/bank-payments'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { bookTransfer } from '../invoices/steps/book-transfer'
import { runWrite } from '../run-write'
import { matchStatement } from './steps/match-statement'

/**
 * Records the payments staff confirmed as the partners' transfers, dated as the money reached the
 * vendor's bank (on time or late by AT-1.6), all in one transaction. A payment an earlier load
 * recorded is left as it is, so a statement loaded twice records nothing twice.
 * @throws invalid_request for a key the statement does not hold or a payment whose invoices and amount do not agree.
 */
export const recordBankStatement = (deps: Deps, ctx: Ctx, body: { file: string; keys: string[] }) =>
  runWrite(deps, ctx, { route: 'recordBankStatement', body }, async (trx) => {
    const matches = await matchStatement(trx, deps, parseBankStatement(Buffer.from(body.file, 'base64')))
    const byKey = new Map(matches.map((match) => [match.key, match]))
    const chosen = [...new Set(body.keys)].map((key) => {
      const match = byKey.get(key)
      if (!match) throw new AppError('invalid_request', `The statement holds no payment ${key}`, { details: { fields: [{ path: 'keys', message: key }] } })
      return match
    })
    const earlier = await recordedPaymentKeys(
      trx,
      chosen.map((match) => match.key),
    )
    const recorded = []
    for (const { key, payment, kind, invoices } of chosen) {
      // Recorded by an earlier load: its invoices are settled now, so it matches nothing any more.
      if (earlier.has(key)) continue
      if (!isRecordable(kind)) {
        throw new AppError(
          'invalid_request',
          `Payment № ${payment.number} of ${payment.date} (line ${payment.line}) does not agree with its invoices (${kind}): record it by hand`,
          {
            rule: 'AT-1.6',
            details: { fields: [{ path: 'keys', message: kind }] },
          },
        )
      }
      const invoiceIds = invoices.map((invoice) => invoice.id)
      const claim = {
        key,
        number: payment.number,
        paidOn: payment.date,
        receivedOn: payment.receivedOn,
        amountKop: payment.amountKop,
        payerInn: payment.payerInn,
        invoiceIds,
      }
      // Another load of the same statement, at the same time, claimed it first.
      if (!(await insertBankPayment(trx, claim))) continue
      for (const id of invoiceIds) await bookTransfer(trx, deps, ctx, { id, receivedOn: payment.receivedOn })
      recorded.push({ key, receivedOn: payment.receivedOn, invoiceNumbers: invoices.map((invoice) => invoice.number) })
    }
    return { recorded }
  })
