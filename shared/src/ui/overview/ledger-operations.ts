import type { TLedgerEntry, TLedgerResponse } from '../../contract'

/** The accounts of a partner's book (`partner:<id>:<kind>`, server/src/domain/ledger/posting.ts); anything else is 'other'. */
export type LedgerAccountKind = 'client-receivable' | 'cash' | 'vendor-payable' | 'reward' | 'client-refund' | 'vendor-credit' | 'other'

const KNOWN_ACCOUNTS: readonly LedgerAccountKind[] = ['client-receivable', 'cash', 'vendor-payable', 'reward', 'client-refund', 'vendor-credit']

export const accountKindOf = (account: string): LedgerAccountKind => {
  const match = /^partner:[^:]+:([a-z-]+)$/.exec(account)
  const kind = match?.[1] as LedgerAccountKind | undefined
  return kind && KNOWN_ACCOUNTS.includes(kind) ? kind : 'other'
}

/**
 * Postings are debits (+) and credits (−). What the partner owes the vendor or its client back and
 * the reward it earns grow on the credit side, so they read in their own direction: an amount owed
 * is a positive amount.
 * (`0 - kop`: nothing owed is 0, not −0, which would print as «−0,00 ₽».)
 */
export const inOwnDirection = (kind: LedgerAccountKind, kop: number): number =>
  kind === 'vendor-payable' || kind === 'reward' || kind === 'client-refund' ? 0 - kop : kop

/** The operations the relay books (server/src/services/**); anything else is 'other'. */
export type LedgerOperationKind = 'invoice.issued' | 'client.paid' | 'transfer.received' | 'reversal' | 'credit.noted' | 'other'

const KNOWN_OPERATIONS: readonly LedgerOperationKind[] = ['invoice.issued', 'client.paid', 'transfer.received', 'reversal', 'credit.noted']

export const operationKindOf = (kind: string): LedgerOperationKind =>
  KNOWN_OPERATIONS.includes(kind as LedgerOperationKind) ? (kind as LedgerOperationKind) : 'other'

export type LedgerOperation = {
  transactionId: number
  at: string
  kind: LedgerOperationKind
  invoiceId: string | null
  invoiceNumber: string | null
  /** The credit note a `credit.noted` operation books (X-2). */
  creditNote: { id: string; number: string } | null
  /** The operation's turnover on the partner's book: its debits; a reversal's is negative. */
  amountKop: number
  postings: { postingId: number; account: LedgerAccountKind; amountKop: number }[]
  /** What the partner owes the vendor after this operation. */
  owedToVendorKop: number
}

/**
 * One operation per ledger transaction, its postings folded under it, with the balance owed to the
 * vendor after each. The statement pages by posting, so a transaction cut by a page joins up once
 * the next page is appended.
 */
export const ledgerOperations = (ledger: Pick<TLedgerResponse, 'entries' | 'balances' | 'nextCursor'>): LedgerOperation[] => {
  const byTransaction = new Map<number, TLedgerEntry[]>()
  for (const entry of ledger.entries) {
    const list = byTransaction.get(entry.transactionId) ?? []
    list.push(entry)
    byTransaction.set(entry.transactionId, list)
  }
  let payable = payableBefore(ledger)
  return [...byTransaction.values()].map((entries) => {
    const first = entries[0]
    for (const entry of entries) if (accountKindOf(entry.account) === 'vendor-payable') payable = entry.balanceKop
    const kind = operationKindOf(first.kind)
    const debits = entries.reduce((sum, entry) => sum + Math.max(entry.amountKop, 0), 0)
    return {
      transactionId: first.transactionId,
      at: first.at,
      kind,
      invoiceId: first.invoiceId,
      invoiceNumber: first.invoiceNumber,
      creditNote: first.creditNoteId && first.creditNoteNumber ? { id: first.creditNoteId, number: first.creditNoteNumber } : null,
      amountKop: kind === 'reversal' ? 0 - debits : debits,
      postings: entries.map((entry) => {
        const account = accountKindOf(entry.account)
        return { postingId: entry.postingId, account, amountKop: inOwnDirection(account, entry.amountKop) }
      }),
      owedToVendorKop: inOwnDirection('vendor-payable', payable),
    }
  })
}

/** The payable's balance before the first loaded entry, from the first posting to it that the page has. */
const payableBefore = ({ entries, balances, nextCursor }: Pick<TLedgerResponse, 'entries' | 'balances' | 'nextCursor'>): number => {
  const first = entries.find((entry) => accountKindOf(entry.account) === 'vendor-payable')
  if (first) return first.balanceKop - first.amountKop
  if (nextCursor !== null) return 0
  const account = Object.keys(balances).find((key) => accountKindOf(key) === 'vendor-payable')
  return account ? balances[account] : 0
}
