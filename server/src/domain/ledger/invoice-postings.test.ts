import { describe, expect, test } from 'vitest'
import { assertBalanced } from './assert-balanced'
import { clientPaymentPostings, issuePostings, reversePostings, transferPostings } from './invoice-postings'

const sum = (postings: { amountKop: bigint }[]) => postings.reduce((t, p) => t + p.amountKop, 0n)

describe('ledger postings (X-2)', () => {
  test.each([
    { label: 'issue: list = payable + reward', build: () => issuePostings({ partnerId: 'p', listKop: 10001n, payableKop: 8001n, rewardKop: 2000n }) },
    { label: 'client payment', build: () => clientPaymentPostings({ partnerId: 'p', listKop: 10001n }) },
    { label: 'transfer on both books', build: () => transferPostings({ partnerId: 'p', payableKop: 8001n }) },
    { label: 'reversal mirrors', build: () => reversePostings(issuePostings({ partnerId: 'p', listKop: 5n, payableKop: 4n, rewardKop: 1n })) },
  ])('$label sums to zero', ({ build }) => {
    expect(sum(build())).toBe(0n)
  })

  test('a zero reward leg is dropped, the rest still balances', () => {
    const postings = issuePostings({ partnerId: 'p', listKop: 1n, payableKop: 1n, rewardKop: 0n })
    expect(postings).toHaveLength(2)
  })

  test.each([
    {
      label: 'refuses an unbalanced transaction',
      postings: [
        { account: 'a', amountKop: 1n },
        { account: 'b', amountKop: -2n },
      ],
    },
    {
      label: 'refuses a one-legged transaction',
      postings: [
        { account: 'a', amountKop: 0n },
        { account: 'b', amountKop: 0n },
      ],
    },
  ])('$label', ({ postings }) => {
    expect(() => assertBalanced(postings)).toThrow()
  })
})
