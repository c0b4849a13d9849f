import { HttpResponse, http } from 'msw'
import { describe, expect, test } from 'vitest'
import { createRelayCaller } from '../client/create-relay-caller'
import { createRenewalClient } from '../client/create-renewal-client'
import type { TRenewal } from '../contract'
import { RELAY_URL, useRelayServer } from '../testing/relay-server'
import { createRenewalsStore } from './create-renewals-store'

const server = useRelayServer()

const renewal = (overrides: Partial<TRenewal> = {}): TRenewal => ({
  accountNumber: '1001',
  clientName: 'ООО «Клиент»',
  partnerId: 'p-1',
  partnerName: 'ООО «Партнёр»',
  sku: 'atrealt-amocrm',
  name: 'ATRealt для amoCRM',
  quantity: 3,
  months: 1,
  paidThrough: '2026-01-30',
  daysLeft: 10,
  invoiceNumber: '2026-000001',
  next: { startsOn: '2026-01-31', endsOn: '2026-02-27' },
  ...overrides,
})

const setup = () => createRenewalsStore({ client: createRenewalClient(createRelayCaller({ baseUrl: RELAY_URL })) })

describe('the renewals list (AT-1.6 prolongation)', () => {
  test('loads the list, opens a renewal, and after its invoice closes the form and asks again', async () => {
    let calls = 0
    server.use(http.get(`${RELAY_URL}/v1/renewals`, () => HttpResponse.json({ days: 60, renewals: calls++ === 0 ? [renewal()] : [] })))
    const store = setup()
    await store.getState().load()
    expect(store.getState().list?.renewals).toHaveLength(1)
    store.getState().renew(store.getState().list!.renewals[0])
    expect(store.getState().renewing).toMatchObject({ accountNumber: '1001', next: { startsOn: '2026-01-31' } })
    await store.getState().onInvoiced()
    expect(store.getState()).toMatchObject({ renewing: null, list: { renewals: [] } })
    expect(calls).toBe(2)
  })

  test('a reload keeps the open renewal while it is listed, and a failure keeps the list shown', async () => {
    let fail = false
    server.use(
      http.get(`${RELAY_URL}/v1/renewals`, () =>
        fail ? HttpResponse.json({ error: { code: 'unavailable', message: 'down' } }, { status: 503 }) : HttpResponse.json({ days: 60, renewals: [renewal()] }),
      ),
    )
    const store = setup()
    await store.getState().load()
    store.getState().renew(store.getState().list!.renewals[0])
    await store.getState().load()
    expect(store.getState().renewing?.sku).toBe('atrealt-amocrm')
    fail = true
    await store.getState().load()
    expect(store.getState().error?.code).toBe('unavailable')
    expect(store.getState().list?.renewals).toHaveLength(1)
  })

  test('an answer that breaks the contract is an error, not a list', async () => {
    server.use(http.get(`${RELAY_URL}/v1/renewals`, () => HttpResponse.json({ days: 60, renewals: [{ accountNumber: 'x' }] })))
    const store = setup()
    await store.getState().load()
    expect(store.getState()).toMatchObject({ list: null, error: { code: 'invalid_response' } })
  })
})
