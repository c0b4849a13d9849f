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

  test('a retry after a lost answer sends the same key; once made, the form makes no further invoice', async () => {
    const { store, invoices, failNext } = await setup()
    failNext()
    expect(await store.getState().createInvoice()).toBeNull()
    expect(store.getState().error?.code).toBe('network')
    await store.getState().createInvoice()
    expect(invoices.map((sent) => sent.key)).toEqual([invoices[0].key, invoices[0].key])
    expect(await store.getState().createInvoice()).toBeNull()
    expect(invoices).toHaveLength(2)
  })
})

describe('warnings the partner confirms first (AT-1.6, AT-5.1, X-6)', () => {
  const late = { code: 'deadline_passed' as const, rule: 'AT-1.6', paidOn: '2026-01-01', dueOn: '2026-01-14' }

  const setupWarned = async (refuseFirst = false) => {
    const invoices: { key: string | null; body: any }[] = []
    const quotes: any[] = []
    let refuse = refuseFirst
    server.use(
      relayGet('/v1/program', buildProgram()),
      http.post(`${RELAY_URL}/v1/quotes`, async ({ request }) => {
        const body: any = await request.json()
        quotes.push(body)
        return HttpResponse.json({ ...buildQuote(), warnings: body.clientPaidOn && !refuseFirst ? [late] : [] })
      }),
      http.post(`${RELAY_URL}/v1/invoices`, async ({ request }) => {
        const body: any = await request.json()
        invoices.push({ key: request.headers.get('idempotency-key'), body })
        if (refuse) {
          refuse = false
          const warnings = [{ code: 'possible_duplicate', rule: 'X-6', number: '2026-000122', issuedOn: '2026-12-06' }]
          return HttpResponse.json({ error: { code: 'confirmation_required', message: 'Confirm', rule: 'X-6', details: { warnings } } }, { status: 409 })
        }
        return HttpResponse.json({ invoice: buildInvoice() }, { status: 201 })
      }),
    )
    const store = createQuoteStore({ client: createRelayClient({ baseUrl: RELAY_URL }), accountNumber: 'A-1001', debounceMs: 0 })
    await store.getState().loadProgram()
    return { store, invoices, quotes }
  }

  test('a late client payment date is quoted with its warning and asked about before anything is sent (AT-1.6)', async () => {
    const { store, invoices, quotes } = await setupWarned()
    store.getState().setDraft({ paidOn: '2026-01-01' })
    await vi.waitFor(() => expect(store.getState().quote?.warnings).toEqual([late]))
    expect(quotes.at(-1)).toMatchObject({ clientPaidOn: '2026-01-01' })
    expect(await store.getState().createInvoice()).toBeNull()
    expect(store.getState().confirming).toEqual([late])
    expect(invoices).toHaveLength(0)
    store.getState().cancelConfirm()
    expect(store.getState().confirming).toBeNull()
    await store.getState().createInvoice()
    const made = await store.getState().createInvoice(true)
    expect(made?.number).toBe('2026-000123')
    expect(invoices).toHaveLength(1)
    expect(invoices[0].body).toMatchObject({ clientPaidOn: '2026-01-01', confirmed: ['deadline_passed'] })
    expect(store.getState()).toMatchObject({ confirming: null, created: { number: '2026-000123' } })
  })

  test('a warning the relay finds on submit is asked about, then confirmed with a new key (X-6)', async () => {
    const { store, invoices } = await setupWarned(true)
    expect(await store.getState().createInvoice()).toBeNull()
    expect(store.getState().confirming?.[0]).toMatchObject({ code: 'possible_duplicate', number: '2026-000122' })
    expect(store.getState().error).toBeNull()
    await store.getState().createInvoice(true)
    expect(invoices).toHaveLength(2)
    expect(invoices[1].body.confirmed).toEqual(['possible_duplicate'])
    expect(invoices[1].key).not.toBe(invoices[0].key)
  })

  test('typing again drops the question: the new draft gets its own quote', async () => {
    const { store } = await setupWarned()
    store.getState().setDraft({ paidOn: '2026-01-01' })
    await vi.waitFor(() => expect(store.getState().quote?.warnings).toHaveLength(1))
    await store.getState().createInvoice()
    store.getState().setDraft({ quantity: '2' })
    expect(store.getState().confirming).toBeNull()
  })
})
