import type { TRegistration } from '../contract/registrations'

/** Builders of deal registrations (AG-4) for tests and previews. Fixed dates. */
export const buildRegistration = (overrides: Partial<TRegistration> = {}): TRegistration => ({
  id: 'reg-1',
  kind: 'client',
  source: 'partner',
  accountNumber: 'A-1001',
  clientName: 'ООО «Вектор»',
  partnerId: 'p-1',
  partnerName: 'ООО «Ромашка»',
  state: 'approved',
  projectName: null,
  projectDiscountBps: null,
  validUntil: '2026-06-30',
  requestedAt: '2026-03-01T09:00:00Z',
  decidedAt: '2026-03-02T09:00:00Z',
  releasedAt: null,
  reason: null,
  renewal: null,
  ...overrides,
})

export const buildProjectRegistration = (overrides: Partial<TRegistration> = {}): TRegistration =>
  buildRegistration({ id: 'reg-2', kind: 'project', accountNumber: 'A-2002', clientName: 'АО «Сигнал»', projectName: 'Телефонизация завода', ...overrides })

export const buildRenewal = (overrides: Partial<NonNullable<TRegistration['renewal']>> = {}): NonNullable<TRegistration['renewal']> => ({
  id: 'ren-1',
  state: 'pending',
  note: 'Тендер перенесён на июль',
  requestedAt: '2026-06-20T09:00:00Z',
  decidedAt: null,
  reason: null,
  validUntilBefore: null,
  validUntilAfter: null,
  ...overrides,
})
