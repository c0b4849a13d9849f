import { DEMO_IDENTITIES, type DemoWho } from './demo-identities'
import type { AmoAccountSpec } from './harness/amocrm/amocrm-accounts'
import type { PortalSpec } from './harness/bitrix24/fake-portal'
import { ACCOUNT_FIELD } from './harness/harness-clients'

/** Who a newcomer can be in the demo, in the order the start page lists them. */
export const DEMO_ROLES: { who: DemoWho; title: string; about: string }[] = [
  {
    who: 'vendor',
    title: 'Сотрудник вендора',
    about: 'Видит всех партнёров и клиентов, одобряет и отклоняет заявки на закрепление, отмечает поступление переводов, записывает нарушения.',
  },
  {
    who: 'alpha',
    title: 'Партнёр «Альфа Интеграция»',
    about: 'Регистрирует клиентов, подаёт заявки на закрепление, выставляет счета и отмечает оплату клиентом.',
  },
  {
    who: 'beta',
    title: 'Партнёр «Бета Софт»',
    about: 'Второй партнёр: на клиентах «Альфы» видит «закреплён за другим партнёром»; у него демо-аккаунт и записанное нарушение.',
  },
]

const USER = { id: 1, name: 'Анна', lastName: 'Смирнова', isAdmin: true }

/**
 * The demo's amoCRM accounts, the widget installed and pointing at the relay: PUBLIC_URL when set
 * (behind a proxy the request's own scheme may be wrong), else the origin the page is opened on.
 */
export const demoAmoAccounts = (relayUrl = '{{origin}}'): AmoAccountSpec[] =>
  DEMO_ROLES.map(({ who, title }) => ({
    id: Number(DEMO_IDENTITIES[who].amocrm),
    subdomain: `demo-${who}`,
    title,
    users: [{ id: USER.id, name: `${USER.name} ${USER.lastName}`, isAdmin: true }],
    widget: { relay_url: relayUrl, link_code: '', account_field: ACCOUNT_FIELD.name },
  }))

/** The demo's Bitrix24 portals, the app installed and its company tab bound to the relay's card page. */
export const demoPortals = (): PortalSpec[] =>
  DEMO_ROLES.map(({ who, title }) => ({
    memberId: DEMO_IDENTITIES[who].bitrix24,
    title,
    users: [USER],
    installed: true,
    placements: [{ placement: 'CRM_COMPANY_DETAIL_TAB', handler: '/widgets/bitrix24/card.html', title: 'Партнёрская программа' }],
    appOptions: { account_field: ACCOUNT_FIELD.bitrix24 },
  }))
