/** A client as both fake CRMs show it: a company card that may carry the client's account number. */
export type HarnessClient = {
  /** The card's id in the fake CRM (the same number in amoCRM and Bitrix24, to keep tests readable). */
  cardId: number
  name: string
  /** The value of the card's account-number field; null for a card without one. */
  accountNumber: string | null
  inn?: string
}

/** The field that holds the account number: an amoCRM custom field and a Bitrix24 user field. */
export const ACCOUNT_FIELD = {
  name: 'Номер аккаунта',
  amocrmFieldId: 1_587_201,
  bitrix24: 'UF_CRM_1687188367',
} as const

/** The cards of the demo: the seeded clients, one unregistered client and a card without a number. */
export const DEMO_CLIENTS: HarnessClient[] = [
  { cardId: 8061, name: 'ООО «Ромашка»', accountNumber: '31000001', inn: '7736207543' },
  { cardId: 8062, name: 'ИП Иванов Сергей Петрович', accountNumber: '31000002' },
  { cardId: 8063, name: 'АО «Горизонт»', accountNumber: '31000003' },
  { cardId: 8064, name: 'ООО «Вектор»', accountNumber: '31000004' },
  { cardId: 8065, name: 'Демо-аккаунт ООО «Бета Софт»', accountNumber: '31000005' },
  { cardId: 8066, name: 'ПАО «Северсталь-Инфо»', accountNumber: '31000006' },
  { cardId: 8067, name: 'ООО «Новая Волна»', accountNumber: '31000007' },
  { cardId: 8068, name: 'ООО «Без номера»', accountNumber: null },
]
