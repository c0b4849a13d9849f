import type { BankPayment } from './parse-bank-statement'

/** An invoice still waiting for the partner's transfer, as matching needs it. */
export type OpenInvoice = { id: string; number: string; partnerInn: string; payableKop: bigint; issuedOn: string }

/**
 * How a payment meets the open invoices: `exact` (one invoice, its amount), `several` (the
 * invoices it names, their amounts together), `amount_differs` (a partial or an over-payment:
 * flagged, never guessed), `foreign_payer` (the invoices it names are another partner's),
 * `no_match` (it names no open invoice), `not_to_vendor` (someone else's money on the statement).
 */
export type MatchKind = 'exact' | 'several' | 'amount_differs' | 'foreign_payer' | 'no_match' | 'not_to_vendor'

export type PaymentMatch = { payment: BankPayment; kind: MatchKind; invoices: OpenInvoice[]; invoicesKop: bigint }

/** Invoice numbers as the invoice PDF asks the payer to quote them (`2026-000002`, X-3). */
const INVOICE_NUMBER = /\b\d{4}-\d{6}\b/g

/** The kinds staff may confirm: the money and the invoices agree exactly (AT-1.6). */
export const isRecordable = (kind: MatchKind) => kind === 'exact' || kind === 'several'

/**
 * Matches each incoming payment to the open invoices by the invoice numbers in its purpose, the
 * payer's INN and the amount (AT-1.6). Pure: the open invoices and the vendor's INN come in.
 */
export const matchPayments = ({ payments, open, vendorInn }: { payments: BankPayment[]; open: OpenInvoice[]; vendorInn: string }): PaymentMatch[] => {
  const byNumber = new Map(open.map((invoice) => [invoice.number, invoice]))
  return payments.map((payment) => {
    const numbers = [...new Set(payment.purpose.match(INVOICE_NUMBER) ?? [])]
    const invoices = numbers.flatMap((number) => byNumber.get(number) ?? [])
    const invoicesKop = invoices.reduce((sum, invoice) => sum + invoice.payableKop, 0n)
    const result = (kind: MatchKind): PaymentMatch => ({ payment, kind, invoices, invoicesKop })
    if (payment.payeeInn && payment.payeeInn !== vendorInn) return result('not_to_vendor')
    if (invoices.length === 0) return result('no_match')
    if (invoices.some((invoice) => invoice.partnerInn !== payment.payerInn)) return result('foreign_payer')
    if (invoicesKop !== payment.amountKop) return result('amount_differs')
    return result(invoices.length === 1 ? 'exact' : 'several')
  })
}
