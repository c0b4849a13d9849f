import type { LedgerMessages } from './ledger-ru'

/** The ledger statement's words in English; the keys are those of `ledger-ru.ts`. */
export const ledgerEn: LedgerMessages = {
  'ledger.date': 'Date',
  'ledger.operation': 'Entry',
  'ledger.amount': 'Amount',
  'ledger.balance': 'Balance',
  'ledger.balances': 'Balances',
  'ledger.owedToVendor': 'Owed to the vendor',
  'ledger.invoice': 'invoice {number}',
  'ledger.account.client-receivable': 'Owed by clients',
  'ledger.account.cash': 'Cash with the partner',
  'ledger.account.vendor-payable': 'Owed to the vendor',
  'ledger.account.reward': 'Reward',
  'ledger.account.client-refund': 'Owed back to the client',
  'ledger.account.vendor-credit': 'Owed by the vendor to the partner',
  'ledger.account.other': 'Other account',
  'ledger.kind.invoice.issued': 'Invoice issued',
  'ledger.kind.client.paid': 'Client paid',
  'ledger.kind.transfer.received': 'Transfer received',
  'ledger.kind.reversal': 'Reversal',
  'ledger.kind.credit.noted': 'Credit note',
  'ledger.creditNote': 'credit note {number}',
  'ledger.kind.other': 'Entry',
}
