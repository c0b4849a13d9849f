import type { Posting } from './posting'

/**
 * A transaction's postings sum to zero and are at least two non-zero legs.
 * The database checks the same at commit; checking here names the bug at its source.
 */
export const assertBalanced = (postings: Posting[]): Posting[] => {
  const sum = postings.reduce((total, p) => total + p.amountKop, 0n)
  if (sum !== 0n) throw new Error(`Unbalanced ledger transaction: postings sum to ${sum}`)
  if (postings.filter((p) => p.amountKop !== 0n).length < 2) throw new Error('A ledger transaction needs two non-zero legs')
  return postings.filter((p) => p.amountKop !== 0n)
}
