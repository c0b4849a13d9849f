import { HttpResponse, http } from 'msw'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { createRelayClient } from '../client/create-relay-client'
import { buildInvoice, buildProgram, buildQuote } from '../testing/fixtures'
import { RELAY_URL, relayGet, useRelayServer } from '../testing/relay-server'
import { createQuoteStore } from './create-quote-store'

const server = useRelayServer()

const setup = async () => {
  const quotes: unknown[] = []
  const invoices: { key: string | null; body: unknown }[] = []
  let failNextInvoice = false
  server.use(
    relayGet('/v1/program', buildProgram()),
    http.post(`${RELAY_URL}/v1/quotes`, async ({ request }) => {
      quotes.push(await request.json())
      return HttpResponse.json(buildQuote())
    }),
    http.post(`${RELAY_URL}/v1/invoices`, async ({ request }) => {
      invoices.push({ key: request.headers.get('idempotency-key'), body: await request.json() })
      if (failNextInvoice) {
        failNextInvoice = false
        return HttpResponse.error()
      }
      return HttpResponse.json({ invoice: buildInvoice() }, { status: 201 })
    }),
  )
  const onCreated = vi.fn()
  const store = createQuoteStore({ client: createRelayClient({ baseUrl: RELAY_URL }), accountNumber: 'A-1001', onCreated })
  await store.getState().loadProgram()
  return { store, quotes, invoices, onCreated, failNext: () => (failNextInvoice = true) }
}

describe('quotes as the user types (AT-5.1)', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }))
  afterEach(() => vi.useRealTimers())

  test('asks the relay once the typing stops, with the typed lines', async () => {
    const { store, quotes } = await setup()
    expect(quotes).toEqual([{ accountNumber: 'A-1001', lines: [{ sku: 'atr-amo', quantity: 1, months: 12 }] }])
    for (const quantity of ['1', '15', '1']) store.getState().setDraft({ quantity })
    store.getState().setDraft({ months: '6' })
    expect(store.getState().isQuoting).toBe(true)
    await vi.advanceTimersByTimeAsync(299)
    expect(quotes).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    await vi.waitFor(() => expect(store.getState().isQuoting).toBe(false))
    expect(quotes).toHaveLength(2)
    expect(quotes[1]).toEqual({ accountNumber: 'A-1001', lines: [{ sku: 'atr-amo', quantity: 1, months: 6 }] })
    expect(store.getState().quote?.totals.payableKop).toBe(4_752_000)
  })

  test.each([
    { label: 'no quantity', draft: { quantity: '' } },
    { label: 'a fraction of a month (AT-5.3)', draft: { months: '1.5' } },
    { label: 'no product', draft: { sku: '' } },
  ])('does not ask for a quote with $label', async ({ draft }) => {
    const { store, quotes } = await setup()
    store.getState().setDraft(draft)
    await vi.advanceTimersByTimeAsync(1000)
    expect(quotes).toHaveLength(1)
    expect(store.getState().quote).toBeNull()
  })
})

describe('creating the invoice (X-6)', () => {
  test('a double click makes one invoice with one Idempotency-Key', async () => {
    const { store, invoices, onCreated } = await setup()
    const [first, second] = await Promise.all([store.getState().createInvoice(), store.getState().createInvoice()])
    expect(invoices).toHaveLength(1)
    expect(invoices[0].key).toBeTruthy()
    expect(first?.number).toBe('2026-000123')
    expect(second).toBe(first)
    expect(onCreated).toHaveBeenCalledTimes(1)
    expect(store.getState().created?.number).toBe('2026-000123')
  })

  test('a retry after a lost answer sends the same key; the next invoice gets a new one', async () => {
    const { store, invoices, failNext } = await setup()
    failNext()
    expect(await store.getState().createInvoice()).toBeNull()
    expect(store.getState().error?.code).toBe('network')
    await store.getState().createInvoice()
    await store.getState().createInvoice()
    expect(invoices.map((sent) => sent.key)).toEqual([invoices[0].key, invoices[0].key, expect.any(String)])
    expect(invoices[2].key).not.toBe(invoices[0].key)
  })

  test('a made invoice leaves the form as typed; the next press is a new invoice with a new key', async () => {
    const { store, invoices, quotes } = await setup()
    store.getState().setDraft({ quantity: '7', months: '6' })
    await vi.waitFor(() => expect(store.getState().isQuoting).toBe(false))
    const quoted = store.getState().quote
    await store.getState().createInvoice()
    expect(store.getState()).toMatchObject({ draft: { sku: 'atr-amo', quantity: '7', months: '6' }, quote: quoted, created: { number: '2026-000123' } })
    const quotesBefore = quotes.length
    store.getState().setDraft({ quantity: '8' })
    expect(store.getState().created?.number).toBe('2026-000123')
    store.getState().setDraft({ quantity: '7' })
    await vi.waitFor(() => expect(quotes.length).toBeGreaterThan(quotesBefore))
    await vi.waitFor(() => expect(store.getState().isQuoting).toBe(false))
    await store.getState().createInvoice()
    expect(invoices).toHaveLength(2)
    expect(invoices[1].body).toEqual(invoices[0].body)
    expect(invoices[1].key).not.toBe(invoices[0].key)
  })
})
