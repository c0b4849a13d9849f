/** One leg of a ledger transaction: positive amounts are debits, negative credits. */
export type Posting = { account: string; amountKop: bigint }

export type LedgerKind = 'invoice.issued' | 'client.paid' | 'transfer.received' | 'reversal'

/** Account names of a partner's book and of the vendor's. */
export const accounts = {
  clientReceivable: (partnerId: string) => `partner:${partnerId}:client-receivable`,
  vendorPayable: (partnerId: string) => `partner:${partnerId}:vendor-payable`,
  reward: (partnerId: string) => `partner:${partnerId}:reward`,
  cash: (partnerId: string) => `partner:${partnerId}:cash`,
  vendorBank: 'vendor:bank',
  vendorRevenue: 'vendor:sublicense-revenue',
} as const

export const partnerAccountPrefix = (partnerId: string) => `partner:${partnerId}:`
