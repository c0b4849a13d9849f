import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { jsonHeaders, PARTNER_AMOCRM, partnerHeaders } from './test-support/fixtures'
import { startTestRelay, type TestRelay } from './test-support/start-test-relay'

let relay: TestRelay
let headers: Record<string, string>
afterEach(() => relay?.close())
beforeEach(async () => {
  headers = await partnerHeaders()
})

const start = (options: Parameters<typeof startTestRelay>[0] = {}) => startTestRelay({ installations: [PARTNER_AMOCRM], ...options })

const postJson = (path: string, body: unknown, extra: Record<string, string> = {}) =>
  fetch(`${relay.url}${path}`, { method: 'POST', headers: jsonHeaders({ ...headers, ...extra }), body: JSON.stringify(body) })

describe('request bodies', () => {
  test('a valid body reaches the handler parsed, with the actor and the fixed clock', async () => {
    relay = await start()
    const response = await postJson('/v1/quotes', { lines: [{ sku: 'TM-CLOUD', quantity: 2, months: 12 }] })
    expect(response.status).toBe(200)
    const [call] = relay.calls
    expect(call.name).toBe('quote')
    expect(call.input.body).toEqual({ lines: [{ sku: 'TM-CLOUD', quantity: 2, months: 12 }] })
    expect(call.ctx.now.toISOString()).toBe('2026-04-30T09:00:00.000Z')
    expect(call.ctx.actor).toMatchObject({ kind: 'partner', partnerId: 'partner-1' })
  })

  test.each([
    {
      label: 'a value out of range names its field path',
      body: { lines: [{ sku: 'TM-CLOUD', quantity: 0 }] },
      fields: [{ path: 'lines.0.quantity', message: expect.stringContaining('>=1') }],
    },
    {
      label: 'unknown fields are named one by one',
      body: { lines: [{ sku: 'TM-CLOUD', quantity: 1, price: 1 }], discount: 5 },
      fields: [
        { path: 'lines.0.price', message: 'Unknown field' },
        { path: 'discount', message: 'Unknown field' },
      ],
    },
    {
      label: 'a JSON array where an object is expected',
      body: [1, 2],
      fields: [{ path: '', message: expect.any(String) }],
    },
  ])('$label', async ({ body, fields }) => {
    relay = await start()
    const response = await postJson('/v1/quotes', body)
    expect(response.status).toBe(400)
    const { error } = await response.json()
    expect(error.code).toBe('invalid_request')
    expect(error.details.fields).toEqual(fields)
    expect(relay.calls).toHaveLength(0)
  })

  test.each([
    { label: 'malformed JSON', contentType: 'application/json', body: '{"lines": [', message: 'The request body is not valid JSON' },
    { label: 'a scalar JSON body', contentType: 'application/json', body: '42', message: 'The request body is not valid JSON' },
    {
      label: 'a form instead of JSON',
      contentType: 'application/x-www-form-urlencoded',
      body: 'lines=1',
      message: 'Send JSON with Content-Type: application/json',
    },
    { label: 'no body at all', contentType: 'text/plain', body: '', message: 'Send JSON with Content-Type: application/json' },
  ])('$label is a 400 invalid_request', async ({ contentType, body, message }) => {
    relay = await start()
    const response = await fetch(`${relay.url}/v1/quotes`, { method: 'POST', headers: { ...headers, 'Content-Type': contentType }, body })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ error: { code: 'invalid_request', message } })
  })

  test('a body over 100 KB is a 413, and the relay keeps serving', async () => {
    relay = await start()
    const huge = { lines: [{ sku: 'x'.repeat(110 * 1024), quantity: 1 }] }
    const response = await postJson('/v1/quotes', huge)
    expect(response.status).toBe(413)
    expect((await response.json()).error.code).toBe('payload_too_large')
    expect(response.headers.get('x-request-id')).toBeTruthy()
    const next = await postJson('/v1/quotes', { lines: [{ sku: 'TM-CLOUD', quantity: 1 }] })
    expect(next.status).toBe(200)
  })
})

describe('Idempotency-Key (X-6)', () => {
  test.each([
    { label: 'a UUID is passed on', key: '0b7f3c1e-9a4d-4e2f-8c6b-1d2e3f4a5b6c', status: 201, passed: '0b7f3c1e-9a4d-4e2f-8c6b-1d2e3f4a5b6c' },
    { label: '200 characters is the longest accepted', key: 'k'.repeat(200), status: 201, passed: 'k'.repeat(200) },
    { label: 'a missing key leaves the decision to the use case', key: undefined, status: 201, passed: null },
    { label: '201 characters is refused', key: 'k'.repeat(201), status: 400, passed: null },
    { label: 'an inner space is refused', key: 'retry 1', status: 400, passed: null },
    { label: 'an empty key is refused', key: '', status: 400, passed: null },
  ])('$label', async ({ key, status, passed }) => {
    relay = await start()
    const extra: Record<string, string> = key === undefined ? {} : { 'Idempotency-Key': key }
    const response = await postJson('/v1/pins', { accountNumber: 'ACC-100' }, extra)
    expect(response.status).toBe(status)
    const body = await response.json()
    if (status === 201) expect(body.idempotencyKey).toBe(passed)
    else expect(body.error).toMatchObject({ code: 'invalid_request', rule: 'X-6' })
  })

  test('a route that is not idempotent ignores the header', async () => {
    relay = await start()
    const response = await postJson('/v1/quotes', { lines: [{ sku: 'A', quantity: 1 }] }, { 'Idempotency-Key': 'bad key' })
    expect(response.status).toBe(200)
    expect(relay.calls[0].ctx.idempotencyKey).toBeUndefined()
  })
})

describe('paths and queries', () => {
  test('path parameters reach the handler decoded', async () => {
    relay = await start()
    const response = await fetch(`${relay.url}/v1/clients/ACC-100.a`, { headers })
    expect(response.status).toBe(200)
    expect(relay.calls[0].input.params).toEqual({ accountNumber: 'ACC-100.a' })
  })

  test.each([
    { label: 'numbers are coerced', query: '?limit=20&cursor=5', status: 200, parsed: { limit: 20, cursor: 5 } },
    { label: 'no query is an empty one', query: '', status: 200, parsed: {} },
    { label: 'a limit over 500 is refused', query: '?limit=501', status: 400, field: 'limit' },
    { label: 'an unknown parameter is refused', query: '?sort=desc', status: 400, field: 'sort' },
  ])('ledger query: $label', async ({ query, status, parsed, field }) => {
    relay = await start()
    const response = await fetch(`${relay.url}/v1/ledger${query}`, { headers })
    expect(response.status).toBe(status)
    const body = await response.json()
    if (parsed) expect(body.input.query).toEqual(parsed)
    else expect(body.error.details.fields[0].path).toBe(field)
  })
})

describe('answers', () => {
  test('bigints anywhere in a result become JSON numbers', async () => {
    relay = await start({
      handlers: {
        program: async () => ({ products: [{ sku: 'A', priceKop: 1_250_000n, tiers: [{ minKop: 0n }] }], count: 1, note: null }),
      },
    })
    const response = await fetch(`${relay.url}/v1/program`, { headers })
    expect(await response.text()).toBe('{"products":[{"sku":"A","priceKop":1250000,"tiers":[{"minKop":0}]}],"count":1,"note":null}')
  })

  test('a document is sent as a download with its Cyrillic name in filename*', async () => {
    const pdf = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')
    relay = await start({
      handlers: { invoicePdf: async () => ({ contentType: 'application/pdf', filename: 'Счёт 2026-000123.pdf', body: pdf }) },
    })
    const response = await fetch(`${relay.url}/v1/invoices/inv-1/pdf`, { headers })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const disposition = response.headers.get('content-disposition') ?? ''
    expect(disposition).toMatch(/^attachment; filename="[^"]*2026-000123\.pdf"/)
    expect(disposition).toContain("filename*=UTF-8''%D0%A1%D1%87%D1%91%D1%82%202026-000123.pdf")
    expect(Buffer.from(await response.arrayBuffer())).toEqual(pdf)
  })
})
