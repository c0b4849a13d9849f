import { HttpResponse, http } from 'msw'
import { describe, expect, test } from 'vitest'
import { createRelayCaller } from '../client/create-relay-caller'
import { createVendorClient } from '../client/create-vendor-client'
import { buildInvoice, buildPartner, buildViolation } from '../testing/fixtures'
import { RELAY_URL, useRelayServer } from '../testing/relay-server'
import { createCorrectionsStore } from './create-corrections-store'

const server = useRelayServer()

const setup = () => {
  let reloads = 0
  const store = createCorrectionsStore({
    client: createVendorClient(createRelayCaller({ baseUrl: RELAY_URL })),
    after: async () => void reloads++,
  })
  return { store, reloads: () => reloads }
}

const CORRECTION = `${RELAY_URL}/v1/invoices/inv-1/client-payment/correction`

describe('vendor staff corrections (AT-1.6, AT-4.1, X-3)', () => {
  test('a correction sends the trimmed reason, keeps what changed and reloads the screen', async () => {
    server.use(
      http.post(CORRECTION, () =>
        HttpResponse.json({
          invoice: buildInvoice({ clientPaidOn: '2026-12-01' }),
          before: { clientPaidOn: '2020-01-01', transferDueOn: '2020-01-13' },
          voidedViolations: [buildViolation()],
          partner: buildPartner(),
        }),
      ),
    )
    const { store, reloads } = setup()
    expect(await store.getState().correctClientPayment('inv-1', { paidOn: '2026-12-01', reason: ' опечатка ' })).toBe(true)
    expect(store.getState().outcome).toMatchObject({ kind: 'clientPaymentCorrected', voidedViolations: [{ id: 'v-1' }] })
    expect(store.getState().busy).toBeNull()
    expect(reloads()).toBe(1)
  })

  test('a bad form is refused before the round trip, naming the field, and nothing is sent (AT-1.6)', async () => {
    let calls = 0
    server.use(http.post(CORRECTION, () => void calls++))
    const { store, reloads } = setup()
    expect(await store.getState().correctClientPayment('inv-1', { paidOn: '2026-02-30', reason: 'опечатка' })).toBe(false)
    expect(store.getState()).toMatchObject({ failedAction: 'correct:inv-1', actionError: { code: 'invalid_request' }, outcome: null })
    expect(await store.getState().correctClientPayment('inv-1', { paidOn: '2026-12-01', reason: '   ' })).toBe(false)
    expect(calls).toBe(0)
    expect(reloads()).toBe(0)
  })

  test('a retry after an uncertain answer reuses its Idempotency-Key; a refusal keeps the rule (X-6, X-3)', async () => {
    const keys: (string | null)[] = []
    server.use(
      http.post(`${RELAY_URL}/v1/invoices/inv-1/void`, ({ request }) => {
        keys.push(request.headers.get('idempotency-key'))
        return keys.length === 1
          ? HttpResponse.json({ error: { code: 'unavailable', message: 'try again' } }, { status: 503 })
          : HttpResponse.json({ error: { code: 'invalid_state', message: 'Invoice is already void', rule: 'X-3' } }, { status: 409 })
      }),
    )
    const { store } = setup()
    expect(await store.getState().voidInvoice('inv-1', 'ошибка')).toBe(false)
    expect(await store.getState().voidInvoice('inv-1', 'ошибка')).toBe(false)
    expect(keys[0]).toBeTruthy()
    expect(keys[1]).toBe(keys[0])
    expect(store.getState().actionError).toMatchObject({ code: 'invalid_state', rule: 'X-3' })
  })
})
