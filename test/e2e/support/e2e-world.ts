import type { AmoAccountSpec } from '../../../server/src/demo/harness/amocrm/amocrm-accounts'
import type { PortalSpec } from '../../../server/src/demo/harness/bitrix24/fake-portal'
import type { HarnessClient } from '../../../server/src/demo/harness/harness-clients'

/** The clients of the end-to-end runs: one walked through in amoCRM, one in Bitrix24. */
export const CLIENTS = {
  amocrm: { cardId: 9001, name: 'ООО «Заря»', accountNumber: '41000001', inn: '7736207543' },
  bitrix24: { cardId: 9002, name: 'ООО «Полюс»', accountNumber: '42000001' },
  /** Cards without an account number: the partner types it, and the widget writes it into the card. */
  amocrmBlank: { cardId: 9003, name: 'ООО «Рассвет»', accountNumber: null },
  bitrix24Blank: { cardId: 9004, name: 'ООО «Восход»', accountNumber: null },
  /** Opened by a user who may read cards but not edit them: the CRM refuses to save the number. */
  readOnlyBlank: { cardId: 9006, name: 'ООО «Только чтение»', accountNumber: null },
  /** A client the vendor negotiates with directly (AT-1.2a). */
  negotiated: { cardId: 9005, name: 'ПАО «Прямые переговоры»', accountNumber: '43000001' },
} satisfies Record<string, HarnessClient>

export type Who = 'vendor' | 'alpha' | 'beta'

export const PARTNERS = {
  alpha: { name: 'ООО «Альфа Интеграция»', inn: '7707083893', email: 'alpha@example.ru' },
  beta: { name: 'ООО «Бета Софт»', inn: '500100732259', email: 'beta@example.ru' },
}

export const AMO_USER_ID = 11
/** A user of the alpha account whose role may read cards but not edit them. */
export const AMO_READER_ID = 12
export const B24_USER_ID = 1

/** Three amoCRM accounts, none with the widget yet: each installs it and links with a code. */
export const AMO_ACCOUNTS: Record<Who, AmoAccountSpec> = {
  vendor: { id: 31500001, subdomain: 'vendor', title: 'Вендор: отдел партнёров', users: [{ id: AMO_USER_ID, name: 'Ирина Котова', isAdmin: true }] },
  alpha: {
    id: 31500002,
    subdomain: 'alpha',
    title: 'Альфа Интеграция',
    users: [
      { id: AMO_USER_ID, name: 'Олег Быстров', isAdmin: true },
      { id: AMO_READER_ID, name: 'Анна Смирнова', isAdmin: false, mayEditCards: false },
    ],
  },
  beta: { id: 31500003, subdomain: 'beta', title: 'Бета Софт', users: [{ id: AMO_USER_ID, name: 'Мария Юдина', isAdmin: true }] },
}

/** Three Bitrix24 portals without the app: an admin of each installs it. */
export const PORTALS: Record<Who, PortalSpec> = {
  vendor: { memberId: 'e2e-vendor-member', title: 'Вендор: отдел партнёров', users: [{ id: B24_USER_ID, name: 'Ирина', lastName: 'Котова', isAdmin: true }] },
  alpha: { memberId: 'e2e-alpha-member', title: 'Альфа Интеграция', users: [{ id: B24_USER_ID, name: 'Олег', lastName: 'Быстров', isAdmin: true }] },
  beta: { memberId: 'e2e-beta-member', title: 'Бета Софт', users: [{ id: B24_USER_ID, name: 'Мария', lastName: 'Юдина', isAdmin: true }] },
}
