import { assertBalanced } from './assert-balanced'
import { accounts, type Posting } from './posting'

type Amounts = { partnerId: string; listKop: bigint; payableKop: bigint; rewardKop: bigint }

/**
 * Issuing an invoice books what the client owes the partner (the list price) against what the
 * partner owes the vendor and the reward it keeps (AT-5.1, AT-5.2, X-2).
 */
export const issuePostings = ({ partnerId, listKop, payableKop, rewardKop }: Amounts): Posting[] =>
  assertBalanced([
    { account: accounts.clientReceivable(partnerId), amountKop: listKop },
    { account: accounts.vendorPayable(partnerId), amountKop: -payableKop },
    { account: accounts.reward(partnerId), amountKop: -rewardKop },
  ])

/** The client's payment to the partner settles the client receivable (AT-1.6). */
export const clientPaymentPostings = ({ partnerId, listKop }: Pick<Amounts, 'partnerId' | 'listKop'>): Posting[] =>
  assertBalanced([
    { account: accounts.cash(partnerId), amountKop: listKop },
    { account: accounts.clientReceivable(partnerId), amountKop: -listKop },
  ])

/** The partner's transfer settles its payable; the vendor books the revenue (AT-1.6). */
export const transferPostings = ({ partnerId, payableKop }: Pick<Amounts, 'partnerId' | 'payableKop'>): Posting[] =>
  assertBalanced([
    { account: accounts.vendorPayable(partnerId), amountKop: payableKop },
    { account: accounts.cash(partnerId), amountKop: -payableKop },
    { account: accounts.vendorBank, amountKop: payableKop },
    { account: accounts.vendorRevenue, amountKop: -payableKop },
  ])

/** A correction is a reversal that mirrors the original, never an edit. */
export const reversePostings = (postings: Posting[]): Posting[] => assertBalanced(postings.map((p) => ({ account: p.account, amountKop: -p.amountKop })))
