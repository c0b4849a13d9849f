import type { CardFacts, CrmHost, HostSettings } from '../host/crm-host'
import { RELAY_URL } from './relay-server'

type FakeHostOptions = Partial<Omit<CrmHost, 'settings'>> & {
  card?: Partial<CardFacts>
  settings?: Partial<HostSettings>
  savedByCrm?: boolean
  canEdit?: boolean
}

/** A CrmHost for tests: a card with an account number, settings kept in memory. */
export const buildHost = ({ card, settings, savedByCrm = false, canEdit = true, ...overrides }: FakeHostOptions = {}): CrmHost => {
  let values: HostSettings = { relayUrl: RELAY_URL, accountField: 'Аккаунт', ...settings }
  const facts: CardFacts = { accountNumber: 'A-1001', title: 'ООО «Вектор»', ...card }
  return {
    crm: 'amocrm',
    locale: 'ru',
    entity: { type: 'company', id: '42' },
    readCard: async () => facts,
    loadCard: () => import('../mount/mount-card').then((screen) => screen.mountCard),
    transport: {},
    settings: {
      get: () => values,
      set: async (patch) => {
        values = { ...values, ...patch }
      },
      canEdit,
      savedByCrm,
    },
    ...overrides,
  }
}
