import { expect, test } from 'vitest'
import { isRecordable, type MatchKind, matchPayments, type OpenInvoice } from './match-payments'
import type { BankPayment } from './parse-bank-statement'

const VENDOR_INN = '7710140679'
const ALPHA = '7707083893'
const open: OpenInvoice[] = [
  { id: 'i-2', number: '2026-000002', partnerInn: ALPHA, payableKop: 1_782_000n, issuedOn: '2026-12-01' },
  { id: 'i-3', number: '2026-000003', partnerInn: ALPHA, payableKop: 500_000n, issuedOn: '2026-12-01' },
  { id: 'i-4', number: '2026-000004', partnerInn: '7736207543', payableKop: 100_000n, issuedOn: '2026-12-01' },
]
const payment = (purpose: string, amountKop: bigint, extra: Partial<BankPayment> = {}): BankPayment => ({
  line: 1,
  number: '1',
  date: '2026-12-03',
  amountKop,
  payerInn: ALPHA,
  payerName: 'ООО «Альфа»',
  payeeInn: VENDOR_INN,
  purpose,
  receivedOn: '2026-12-03',
  ...extra,
})

test.each<{ label: string; payment: BankPayment; kind: MatchKind; invoices: string[] }>([
  { label: 'one invoice, its amount', payment: payment('Оплата по счёту № 2026-000002, НДС не облагается', 1_782_000n), kind: 'exact', invoices: ['i-2'] },
  { label: 'two invoices, their amounts together', payment: payment('Счета 2026-000002 и 2026-000003', 2_282_000n), kind: 'several', invoices: ['i-2', 'i-3'] },
  { label: 'a kopeck short: partial, flagged', payment: payment('Счёт 2026-000002', 1_781_999n), kind: 'amount_differs', invoices: ['i-2'] },
  { label: 'a kopeck over: over-payment, flagged', payment: payment('Счёт 2026-000002', 1_782_001n), kind: 'amount_differs', invoices: ['i-2'] },
  { label: 'another partner pays an invoice that is not its own', payment: payment('Счёт 2026-000004', 100_000n), kind: 'foreign_payer', invoices: ['i-4'] },
  { label: 'a foreign INN', payment: payment('Счёт 2026-000002', 1_782_000n, { payerInn: '500100732259' }), kind: 'foreign_payer', invoices: ['i-2'] },
  { label: 'no invoice number', payment: payment('Оплата по договору 15', 1_782_000n), kind: 'no_match', invoices: [] },
  { label: 'a number no open invoice has', payment: payment('Счёт 2026-000999', 1_782_000n), kind: 'no_match', invoices: [] },
  {
    label: 'money to someone else on the statement',
    payment: payment('Счёт 2026-000002', 1_782_000n, { payeeInn: '7702070139' }),
    kind: 'not_to_vendor',
    invoices: ['i-2'],
  },
])('AT-1.6 matching: $label → $kind', ({ payment, kind, invoices }) => {
  const [match] = matchPayments({ payments: [payment], open, vendorInn: VENDOR_INN })
  expect(match.kind).toBe(kind)
  expect(match.invoices.map((invoice) => invoice.id)).toEqual(invoices)
})

test('only an exact agreement of money and invoices may be recorded in one click', () => {
  expect((['exact', 'several', 'amount_differs', 'foreign_payer', 'no_match', 'not_to_vendor'] as MatchKind[]).filter(isRecordable)).toEqual([
    'exact',
    'several',
  ])
})
