import { expect, test } from 'vitest'
import { buildLedgerOf } from '../../testing/fixtures'
import { accountKindOf, ledgerOperations, operationKindOf } from './ledger-operations'

const issued = {
  kind: 'invoice.issued',
  at: '2026-04-27T08:00:00Z',
  invoiceNumber: '2026-000001',
  postings: [
    ['client-receivable', 10_000_00],
    ['vendor-payable', -8_000_00],
    ['reward', -2_000_00],
  ] as [string, number][],
}
const paid = {
  kind: 'client.paid',
  at: '2026-04-28T08:00:00Z',
  invoiceNumber: '2026-000001',
  postings: [
    ['cash', 10_000_00],
    ['client-receivable', -10_000_00],
  ] as [string, number][],
}
const transferred = {
  kind: 'transfer.received',
  at: '2026-05-05T08:00:00Z',
  invoiceNumber: '2026-000001',
  postings: [
    ['vendor-payable', 8_000_00],
    ['cash', -8_000_00],
  ] as [string, number][],
}

test.each([
  { label: 'a partner account by its kind', account: 'partner:9894474d-65e9-4a81-b488-27845f58b8ab:client-receivable', kind: 'client-receivable' },
  { label: 'the payable', account: 'partner:p-1:vendor-payable', kind: 'vendor-payable' },
  { label: 'a kind the UI does not know is other', account: 'partner:p-1:escrow', kind: 'other' },
  { label: "the vendor's own account is other", account: 'vendor:bank', kind: 'other' },
])('$label', ({ account, kind }) => {
  expect(accountKindOf(account)).toBe(kind)
})

test('an operation code the UI does not know is other, not shown as a code', () => {
  expect(operationKindOf('invoice.issued')).toBe('invoice.issued')
  expect(operationKindOf('fee.charged')).toBe('other')
})

test('each transaction is one operation with its postings, and what is owed to the vendor after it (X-2)', () => {
  const operations = ledgerOperations(buildLedgerOf([issued, paid, transferred]))
  expect(operations.map((o) => [o.kind, o.amountKop, o.owedToVendorKop])).toEqual([
    ['invoice.issued', 10_000_00, 8_000_00],
    ['client.paid', 10_000_00, 8_000_00],
    ['transfer.received', 8_000_00, 0],
  ])
  expect(operations[0].postings.map((p) => [p.account, p.amountKop])).toEqual([
    ['client-receivable', 10_000_00],
    ['vendor-payable', 8_000_00],
    ['reward', 2_000_00],
  ])
})

test('a reversal reads as a negative operation and takes the debt back', () => {
  const reversal = {
    kind: 'reversal',
    at: '2026-04-29T08:00:00Z',
    invoiceNumber: '2026-000001',
    postings: issued.postings.map(([a, kop]) => [a, -kop]) as [string, number][],
  }
  const operations = ledgerOperations(buildLedgerOf([issued, reversal]))
  expect(operations.map((o) => [o.kind, o.amountKop, o.owedToVendorKop])).toEqual([
    ['invoice.issued', 10_000_00, 8_000_00],
    ['reversal', -10_000_00, 0],
  ])
})

test('a transaction cut by a page is one operation once the next page is appended', () => {
  const whole = buildLedgerOf([issued, paid])
  const firstPage = ledgerOperations({ ...whole, entries: whole.entries.slice(0, 2), nextCursor: 2 })
  expect(firstPage).toHaveLength(1)
  expect(ledgerOperations(whole)).toHaveLength(2)
  expect(ledgerOperations(whole)[0].postings).toHaveLength(3)
})

test('operations before the first posting to the payable owe what the payable held before it', () => {
  const ledger = buildLedgerOf([issued, paid, transferred])
  const fromPaid = { ...ledger, entries: ledger.entries.slice(3) }
  expect(ledgerOperations(fromPaid).map((o) => o.owedToVendorKop)).toEqual([8_000_00, 0])
})
