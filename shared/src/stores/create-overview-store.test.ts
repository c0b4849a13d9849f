import { HttpResponse, http } from 'msw'
import { describe, expect, test } from 'vitest'
import { createRelayClient } from '../client/create-relay-client'
import { buildHost } from '../testing/fake-host'
import {
  buildInvoice,
  buildLedger,
  buildMePartner,
  buildMeVendor,
  buildPartner,
  buildPartnerOverview,
  buildProgram,
  buildVendorOverview,
} from '../testing/fixtures'
import { RELAY_URL, relayGet, useRelayServer } from '../testing/relay-server'
import { createOverviewStore } from './create-overview-store'

const server = useRelayServer()

const setup = () => createOverviewStore({ client: createRelayClient({ baseUrl: RELAY_URL }), host: buildHost() })

const entry = (postingId: number) => ({
  postingId,
  transactionId: postingId,
  at: '2026-04-27T08:00:00Z',
  kind: 'invoice',
  invoiceId: 'inv-1',
  invoiceNumber: '2026-000123',
  creditNoteId: null,
  creditNoteNumber: null,
  account: 'partner_payable',
  amountKop: 100,
  balanceKop: 100 * postingId,
})

test("a partner's overview pages through its ledger statement (X-2)", async () => {
  server.use(
    relayGet('/v1/me', buildMePartner()),
    relayGet('/v1/program', buildProgram()),
    relayGet('/v1/overview', buildPartnerOverview()),
    http.get(`${RELAY_URL}/v1/ledger`, ({ request }) => {
      const cursor = new URL(request.url).searchParams.get('cursor')
      return HttpResponse.json(cursor === '2' ? buildLedger({ entries: [entry(3)] }) : buildLedger({ entries: [entry(1), entry(2)], nextCursor: 2 }))
    }),
  )
  const store = setup()
  await store.getState().load()
  expect(store.getState().phase).toBe('ready')
  expect(await store.getState().loadMoreLedger()).toBe(true)
  expect(store.getState().ledger?.entries.map((posting) => posting.postingId)).toEqual([1, 2, 3])
  expect(store.getState().ledger?.nextCursor).toBeNull()
  expect(await store.getState().loadMoreLedger()).toBe(false)
})

describe('vendor staff', () => {
  test('confirming an expulsion keeps how many pins it released (AT-4.3)', async () => {
    let expels = 0
    server.use(
      relayGet('/v1/me', buildMeVendor()),
      relayGet('/v1/program', buildProgram()),
      relayGet('/v1/overview', buildVendorOverview({ partners: [buildPartner({ state: 'expulsion_pending' })] })),
      http.post(`${RELAY_URL}/v1/partners/p-1/expel`, () => {
        expels++
        return HttpResponse.json({ partner: buildPartner({ state: 'expelled' }), releasedPins: [], affectedClients: [] })
      }),
    )
    const store = setup()
    await store.getState().load()
    expect(store.getState().ledger).toBeNull()
    expect(await store.getState().expelPartner('p-1')).toBe(true)
    expect(expels).toBe(1)
    expect(store.getState().expelled?.partner.state).toBe('expelled')
  })

  test('recording a transfer sends the date it arrived (AT-1.6)', async () => {
    let body: unknown
    server.use(
      relayGet('/v1/me', buildMeVendor()),
      relayGet('/v1/program', buildProgram()),
      relayGet('/v1/overview', buildVendorOverview()),
      http.post(`${RELAY_URL}/v1/invoices/inv-1/transfer`, async ({ request }) => {
        body = await request.json()
        return HttpResponse.json({ invoice: buildInvoice({ transferReceivedOn: '2026-04-30' }) })
      }),
    )
    const store = setup()
    await store.getState().load()
    expect(await store.getState().recordTransfer('inv-1', '2026-04-30')).toBe(true)
    expect(body).toEqual({ receivedOn: '2026-04-30' })
  })
})
