import { HttpResponse, http } from 'msw'
import { describe, expect, test } from 'vitest'
import { createRelayCaller } from '../client/create-relay-caller'
import { createVendorClient } from '../client/create-vendor-client'
import { buildClient, buildPartner } from '../testing/fixtures'
import { RELAY_URL, useRelayServer } from '../testing/relay-server'
import { createStaffMarksStore } from './create-staff-marks-store'

const server = useRelayServer()

const setup = () => {
  let reloads = 0
  const store = createStaffMarksStore({ client: createVendorClient(createRelayCaller({ baseUrl: RELAY_URL })), after: async () => void reloads++ })
  return { store, reloads: () => reloads }
}

describe("vendor staff's marks (AG-1.3, AT-3.2)", () => {
  test("the partner's countries go with the trimmed reason; the saved partner is kept and the screen reloads (AG-1.3)", async () => {
    const bodies: unknown[] = []
    server.use(
      http.put(`${RELAY_URL}/v1/partners/p-1/countries`, async ({ request }) => {
        bodies.push(await request.json())
        return HttpResponse.json({ partner: buildPartner({ extraCountries: ['KZ'], territoryReason: 'Договор № 17' }) })
      }),
    )
    const { store, reloads } = setup()
    expect(await store.getState().setPartnerCountries('p-1', { countries: ['RU'], extraCountries: ['KZ'], reason: ' Договор № 17 ' })).toBe(true)
    expect(bodies).toEqual([{ countries: ['RU'], extraCountries: ['KZ'], reason: 'Договор № 17' }])
    expect(store.getState().outcome).toMatchObject({ kind: 'countriesSet', partner: { extraCountries: ['KZ'] } })
    expect(reloads()).toBe(1)
  })

  test('a lower-case code or a blank reason is refused before the round trip, and nothing is sent (AG-1.3, X-4)', async () => {
    let calls = 0
    server.use(http.put(`${RELAY_URL}/v1/partners/p-1/countries`, () => void calls++))
    const { store } = setup()
    expect(await store.getState().setPartnerCountries('p-1', { countries: ['ru'], extraCountries: [], reason: 'Договор' })).toBe(false)
    expect(store.getState()).toMatchObject({ failedAction: 'countries:p-1', actionError: { code: 'invalid_request' } })
    expect(await store.getState().setClientDemo('A-1001', { demo: true, reason: '  ' })).toBe(false)
    expect(calls).toBe(0)
  })

  test("the relay's refusal of a code that names no country is kept for the form to show (AG-1.3)", async () => {
    server.use(
      http.put(`${RELAY_URL}/v1/partners/p-1/countries`, () =>
        HttpResponse.json(
          { error: { code: 'invalid_request', message: 'x', rule: 'AG-1.3', details: { fields: [{ path: 'extraCountries.0', reason: 'country_unknown' }] } } },
          { status: 400 },
        ),
      ),
    )
    const { store, reloads } = setup()
    expect(await store.getState().setPartnerCountries('p-1', { countries: ['RU'], extraCountries: ['XX'], reason: 'Договор' })).toBe(false)
    expect(store.getState().actionError).toMatchObject({ code: 'invalid_request', rule: 'AG-1.3' })
    expect(reloads()).toBe(0)
  })

  test('the demo mark is set with its reason and the answer says what it is now (AT-3.2)', async () => {
    server.use(http.put(`${RELAY_URL}/v1/clients/A-1001/demo`, () => HttpResponse.json({ client: buildClient({ demo: true }) })))
    const { store } = setup()
    expect(await store.getState().setClientDemo('A-1001', { demo: true, reason: 'Передан клиенту' })).toBe(true)
    expect(store.getState().outcome).toEqual({ kind: 'demoSet', demo: true })
  })
})
