import type { Totals } from '../invoices/price-lines'
import { assertBalanced } from './assert-balanced'
import { accounts, type Posting } from './posting'

type CreditNotePostingsOptions = {
  partnerId: string
  totals: Pick<Totals, 'listKop' | 'payableKop' | 'rewardKop'>
  /** The client has paid the invoice: the partner now owes it the credited part back. */
  hasClientPaid: boolean
  /** The partner's transfer has reached the vendor: the vendor now owes the partner the credited payable. */
  isSettled: boolean
}

/**
 * A credit note reverses part of an invoice: the partner owes the vendor less and earns less
 * reward, and the client owes less — or, once it has paid, is owed a refund. On a settled invoice
 * the payable was already transferred, so the credited payable becomes a balance the vendor owes
 * the partner, and the vendor's revenue drops by it.
 */
export const creditNotePostings = ({ partnerId, totals, hasClientPaid, isSettled }: CreditNotePostingsOptions): Posting[] =>
  assertBalanced([
    { account: isSettled ? accounts.vendorCredit(partnerId) : accounts.vendorPayable(partnerId), amountKop: totals.payableKop },
    { account: accounts.reward(partnerId), amountKop: totals.rewardKop },
    { account: hasClientPaid ? accounts.clientRefund(partnerId) : accounts.clientReceivable(partnerId), amountKop: -totals.listKop },
    ...(isSettled
      ? [
          { account: accounts.vendorRevenue, amountKop: totals.payableKop },
          { account: accounts.vendorOwedToPartners, amountKop: -totals.payableKop },
        ]
      : []),
  ])
