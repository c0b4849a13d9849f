import { expect, test } from 'vitest'
import { creditNotePostings } from './credit-note-postings'

const totals = { listKop: 10_001n, payableKop: 8_001n, rewardKop: 2_000n }
const legs = (postings: { account: string; amountKop: bigint }[]) => Object.fromEntries(postings.map((p) => [p.account.replace('partner:p:', ''), p.amountKop]))

test.each([
  {
    label: 'unpaid: the client owes less, the partner owes the vendor less and earns less (X-2)',
    hasClientPaid: false,
    isSettled: false,
    expected: { 'vendor-payable': 8_001n, reward: 2_000n, 'client-receivable': -10_001n },
  },
  {
    label: 'paid by the client: the credited part is owed back to the client (X-2)',
    hasClientPaid: true,
    isSettled: false,
    expected: { 'vendor-payable': 8_001n, reward: 2_000n, 'client-refund': -10_001n },
  },
  {
    label: 'settled: the vendor owes the partner the credited payable and its revenue drops by it (X-2)',
    hasClientPaid: true,
    isSettled: true,
    expected: { 'vendor-credit': 8_001n, reward: 2_000n, 'client-refund': -10_001n, 'vendor:sublicense-revenue': 8_001n, 'vendor:owed-to-partners': -8_001n },
  },
])('$label', ({ hasClientPaid, isSettled, expected }) => {
  const postings = creditNotePostings({ partnerId: 'p', totals, hasClientPaid, isSettled })
  expect(postings.reduce((sum, p) => sum + p.amountKop, 0n)).toBe(0n)
  expect(legs(postings)).toEqual(expected)
})
