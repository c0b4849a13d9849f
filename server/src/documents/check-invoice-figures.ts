import { AppError } from '../../../shared/src/contract/errors'
import type { InvoiceDocument } from './invoice-document'

export const sum = (values: bigint[]): bigint => values.reduce((a, b) => a + b, 0n)

/** Refuses to print a document whose figures do not add up. */
export const fail = (message: string, rule: string, details?: unknown): never => {
  throw new AppError('internal', `Invoice figures do not add up: ${message}`, { rule, details })
}

/**
 * Refuses to print an invoice whose figures disagree: a wrong printed invoice is worse than
 * none. List = price × quantity × months per line (AT-3.3); Σ lines = totals; payable +
 * reward = list in total; payable never exceeds list.
 * @throws AppError `internal` naming the first figure that does not add up.
 */
export const checkInvoiceFigures = ({ lines, totals }: InvoiceDocument): void => {
  lines.forEach((line, index) => {
    const { quantity, months, unitPriceKop, listKop, payableKop } = line
    if (!Number.isInteger(quantity) || (months !== null && !Number.isInteger(months))) {
      fail(`line ${index + 1} has a fractional quantity or term`, 'AT-5.3', { quantity, months })
    }
    if (unitPriceKop * BigInt(quantity) * BigInt(months ?? 1) !== listKop) {
      fail(`line ${index + 1} list amount is not price × quantity × months`, 'AT-3.3', { index })
    }
    if (payableKop < 0n || payableKop > listKop) fail(`line ${index + 1} payable is outside 0..list`, 'X-1', { index })
  })
  if (sum(lines.map((l) => l.listKop)) !== totals.listKop) fail('lines do not sum to the list total', 'X-1')
  if (sum(lines.map((l) => l.payableKop)) !== totals.payableKop) fail('lines do not sum to the payable total', 'X-1')
  if (totals.payableKop + totals.rewardKop !== totals.listKop) fail('payable + reward is not the list total', 'X-1')
  if (totals.vatKop < 0n || totals.vatKop > totals.payableKop) fail('VAT is outside 0..payable', 'X-1')
}
