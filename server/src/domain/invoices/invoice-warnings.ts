import type { Program } from '../program/program-schema'

export type InvoiceWarning =
  | { code: 'deadline_passed'; rule: string; paidOn: string; dueOn: string }
  | { code: 'large_total'; rule: 'AT-5.1'; totalKop: bigint; thresholdKop: bigint }
  | { code: 'possible_duplicate'; rule: 'X-6'; number: string; issuedOn: string }
export type InvoiceWarningCode = InvoiceWarning['code']

type Line = { sku: string; quantity: number; months?: number | null }
export type RecentInvoice = { number: string; issuedOn: string; lines: Line[] }

export type InvoiceWarningsInput = {
  program: Program
  today: string
  /** The client's payment date and the transfer deadline it sets (AT-1.6), when one is given. */
  payment: { paidOn: string; dueOn: string } | null
  /** The client price of the whole invoice. */
  listKop: bigint | null
  lines: Line[]
  /** The partner's invoices for the same client made within the program's duplicate window. */
  recent: RecentInvoice[]
}

const lineKey = (lines: Line[]) =>
  lines
    .map((line) => `${line.sku}\u0000${line.quantity}\u0000${line.months ?? ''}`)
    .sort()
    .join('\u0001')

/** Whether two invoices carry the same lines in any order: the shape of a twice-pressed button. */
export const sameLines = (a: Line[], b: Line[]): boolean => lineKey(a) === lineKey(b)

/**
 * What the partner should see and confirm before a money action commits. None of these refuses by
 * itself; each is a likely mistake the tester met in the demo:
 * - `deadline_passed` (AT-1.6, or the program's overdue rule): the transfer deadline from the client's
 *   payment date is already behind today, so the invoice would be overdue — a violation — at once;
 * - `large_total` (AT-5.1): the client price is above the program's confirmation threshold;
 * - `possible_duplicate`: an invoice with the same lines for the same client within the window.
 */
export const invoiceWarnings = ({ program, today, payment, listKop, lines, recent }: InvoiceWarningsInput): InvoiceWarning[] => {
  const warnings: InvoiceWarning[] = []
  if (payment && payment.dueOn < today) {
    warnings.push({ code: 'deadline_passed', rule: program.violations.overdueRule, paidOn: payment.paidOn, dueOn: payment.dueOn })
  }
  const thresholdKop = program.guards.confirmTotalAboveKop
  if (listKop !== null && listKop > thresholdKop) warnings.push({ code: 'large_total', rule: 'AT-5.1', totalKop: listKop, thresholdKop })
  const twin = recent.find((invoice) => sameLines(invoice.lines, lines))
  if (twin) warnings.push({ code: 'possible_duplicate', rule: 'X-6', number: twin.number, issuedOn: twin.issuedOn })
  return warnings
}

/** The warnings the caller has not confirmed: the action goes ahead only when none is left. */
export const unconfirmed = (warnings: InvoiceWarning[], confirmed: readonly string[] = []): InvoiceWarning[] =>
  warnings.filter((warning) => !confirmed.includes(warning.code))
