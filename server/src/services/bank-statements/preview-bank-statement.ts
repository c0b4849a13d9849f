import { parseBankStatement } from '../../domain/bank/parse-bank-statement'
import { recordedPaymentKeys } from '../../store/queries/bank-payments'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { matchStatement } from './steps/match-statement'

/**
 * What a bank statement holds for the vendor (AT-1.6): each incoming payment with the open invoices
 * it pays and how well they agree, for staff to confirm; the lines it could not read. Writes nothing.
 */
export const previewBankStatement = async (deps: Deps, _ctx: Ctx, body: { file: string }) => {
  const statement = parseBankStatement(Buffer.from(body.file, 'base64'))
  const matches = await matchStatement(deps.db, deps, statement)
  const recorded = await recordedPaymentKeys(
    deps.db,
    matches.map((match) => match.key),
  )
  return {
    payments: matches.map(({ key, payment, kind, invoices, invoicesKop }) => ({
      key,
      line: payment.line,
      number: payment.number,
      date: payment.date,
      receivedOn: payment.receivedOn,
      amountKop: payment.amountKop,
      payerInn: payment.payerInn,
      payerName: payment.payerName,
      purpose: payment.purpose,
      kind,
      invoices: invoices.map((invoice) => ({ id: invoice.id, number: invoice.number, payableKop: invoice.payableKop })),
      invoicesKop,
      recorded: recorded.has(key),
    })),
    problems: statement.problems,
  }
}
