/** One leg of a ledger transaction: positive amounts are debits, negative credits. */
export type Posting = { account: string; amountKop: bigint }

export type LedgerKind = 'invoice.issued' | 'client.paid' | 'transfer.received' | 'reversal' | 'credit.noted'

/** Account names of a partner's book and of the vendor's. */
export const accounts = {
  clientReceivable: (partnerId: string) => `partner:${partnerId}:client-receivable`,
  vendorPayable: (partnerId: string) => `partner:${partnerId}:vendor-payable`,
  reward: (partnerId: string) => `partner:${partnerId}:reward`,
  cash: (partnerId: string) => `partner:${partnerId}:cash`,
  /** What the partner owes its client back for a credit note on an invoice the client had paid. */
  clientRefund: (partnerId: string) => `partner:${partnerId}:client-refund`,
  /** What the vendor owes the partner back for a credit note on an invoice already transferred. */
  vendorCredit: (partnerId: string) => `partner:${partnerId}:vendor-credit`,
  vendorBank: 'vendor:bank',
  vendorRevenue: 'vendor:sublicense-revenue',
  vendorOwedToPartners: 'vendor:owed-to-partners',
} as const

export const partnerAccountPrefix = (partnerId: string) => `partner:${partnerId}:`
