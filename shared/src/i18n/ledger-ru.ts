/**
 * Words of a partner's ledger statement (ledger-statement.tsx): its columns, operations and
 * accounts. They load with the statement, in the language in use only, and join the screen's
 * dictionary then (`I18n.addWords`), so the statement says `i18n.t('ledger.…')` as for any other
 * word; the relay's reports read them from here too. Keys are the contract of `ledger-en.ts`.
 */
export const ledgerRu = {
  'ledger.date': 'Дата',
  'ledger.operation': 'Операция',
  'ledger.amount': 'Сумма',
  'ledger.balance': 'Остаток',
  'ledger.balances': 'Остатки',
  'ledger.owedToVendor': 'К оплате вендору',
  'ledger.invoice': 'счёт № {number}',
  'ledger.account.client-receivable': 'Долг клиента',
  'ledger.account.cash': 'Деньги у партнёра',
  'ledger.account.vendor-payable': 'К оплате вендору',
  'ledger.account.reward': 'Вознаграждение',
  'ledger.account.client-refund': 'К возврату клиенту',
  'ledger.account.vendor-credit': 'Вендор должен партнёру',
  'ledger.account.other': 'Прочий счёт',
  'ledger.kind.invoice.issued': 'Счёт выставлен',
  'ledger.kind.client.paid': 'Клиент оплатил',
  'ledger.kind.transfer.received': 'Перевод получен',
  'ledger.kind.reversal': 'Сторно',
  'ledger.kind.credit.noted': 'Корректировочный счёт',
  'ledger.creditNote': 'корректировочный счёт № {number}',
  'ledger.kind.other': 'Операция',
}

export type LedgerMessageKey = keyof typeof ledgerRu
export type LedgerMessages = Record<LedgerMessageKey, string>
