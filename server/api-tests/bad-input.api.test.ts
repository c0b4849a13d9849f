import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { ADMIN_TOKEN, type Crm, pinnedClient, type RelayUnderTest, startRelay } from './support/relay-under-test'
import { amoToken } from './support/tokens'

let relay: RelayUnderTest
let partner: Crm & { id: string }
let accountNumber: string
beforeAll(async () => {
  relay = await startRelay()
  partner = await relay.partner()
  ;({ accountNumber } = await pinnedClient(relay, partner))
})
afterAll(() => relay.close())

/** Row counts of every table a write could touch: a refused request must leave them as they were. */
const snapshot = async () => {
  const tables = ['partners', 'clients', 'pins', 'invoices', 'ledger_postings', 'violations', 'audit_log', 'link_codes', 'idempotency_keys'] as const
  const counts: Record<string, number> = {}
  for (const table of tables) {
    const { n } = await relay.deps.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow()
    counts[table] = Number(n)
  }
  return counts
}

const line = { sku: 'atrealt-amocrm', quantity: 1, months: 1 }

describe('bad input gets a clear error and changes nothing', () => {
  test.each([
    { label: 'wrong type', path: '/v1/invoices', body: () => ({ accountNumber, lines: 'many' }), status: 400, field: 'lines' },
    { label: 'missing field', path: '/v1/invoices', body: () => ({ accountNumber }), status: 400, field: 'lines' },
    { label: 'unknown field', path: '/v1/invoices', body: () => ({ accountNumber, lines: [line], discountBps: 9000 }), status: 400, field: '' },
    { label: 'empty lines', path: '/v1/invoices', body: () => ({ accountNumber, lines: [] }), status: 400, field: 'lines' },
    {
      label: 'a date that does not exist',
      path: '/v1/invoices',
      body: () => ({ accountNumber, lines: [line], clientPaidOn: '2026-02-30' }),
      status: 400,
      field: 'clientPaidOn',
    },
    {
      label: 'a date in another format',
      path: '/v1/invoices',
      body: () => ({ accountNumber, lines: [line], clientPaidOn: '28.04.2026' }),
      status: 400,
      field: 'clientPaidOn',
    },
    {
      label: 'bad INN checksum (AT-1.1)',
      path: '/v1/clients',
      body: () => ({ accountNumber: '88000001', name: 'ООО «Х»', inn: '7707083894' }),
      status: 400,
      field: 'inn',
    },
    {
      label: 'INN of 11 digits',
      path: '/v1/clients',
      body: () => ({ accountNumber: '88000002', name: 'ООО «Х»', inn: '77070838931' }),
      status: 400,
      field: 'inn',
    },
    {
      label: 'account number with spaces',
      path: '/v1/clients',
      body: () => ({ accountNumber: '12 34', name: 'ООО «Х»' }),
      status: 400,
      field: 'accountNumber',
    },
    { label: 'blank client name', path: '/v1/clients', body: () => ({ accountNumber: '88000003', name: '   ' }), status: 400, field: 'name' },
    { label: 'bad e-mail', path: '/v1/clients', body: () => ({ accountNumber: '88000004', name: 'ООО', email: 'nope' }), status: 400, field: 'email' },
  ])('$label → $status', async ({ path, body, status, field }) => {
    const before = await snapshot()
    const answer = await partner.call('POST', path, body())
    expect(answer.status).toBe(status)
    expect(answer.body.error.code).toBe('invalid_request')
    expect(answer.body.error.message).toBeTruthy()
    if (field) expect(answer.body.error.details.fields.map((f: { path: string }) => f.path)).toContain(field)
    expect(await snapshot()).toEqual(before)
  })

  test('a body over 100 KB is refused with 413 and the relay keeps serving', async () => {
    const before = await snapshot()
    const big = JSON.stringify({ accountNumber: '88000005', name: 'x'.repeat(110_000) })
    const answer = await relay.request('POST', '/v1/clients', {
      raw: big,
      headers: { 'x-auth-token': await amoToken({ accountId: '7000', now: relay.clock.now() }) },
    })
    expect(answer.status).toBe(413)
    expect(answer.body.error.code).toBe('payload_too_large')
    expect((await relay.request('GET', '/healthz')).status).toBe(200)
    expect(await snapshot()).toEqual(before)
  })

  test('malformed JSON is refused with 400', async () => {
    const answer = await relay.request('POST', '/v1/admin/partners', { raw: '{"name": ', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
    expect(answer.status).toBe(400)
    expect(answer.body.error.code).toBe('invalid_request')
  })

  test.each([
    { label: 'no identity', headers: {} as Record<string, string> },
    { label: 'malformed token', headers: { 'x-auth-token': 'not.a.jwt' } as Record<string, string> },
  ])('$label → 401 unauthenticated', async ({ headers }) => {
    const answer = await relay.request('GET', '/v1/me', { headers })
    expect(answer.status).toBe(401)
    expect(answer.body.error.code).toBe('unauthenticated')
  })

  test.each([
    { label: 'forged signature', claims: { secret: 'someone-elses-secret-0123456789abcdef' } },
    { label: 'another integration (client_uuid)', claims: { clientUuid: '00000000-0000-4000-8000-000000000000' } },
    { label: 'another audience', claims: { aud: 'https://evil.example.com' } },
    { label: 'expired beyond the 60 s leeway', claims: { expiresIn: -120 } },
  ])('a token with $label → 401 and nothing changes', async ({ claims }) => {
    const before = await snapshot()
    const token = await amoToken({ accountId: '7000', now: relay.clock.now(), ...claims })
    const answer = await relay.request('POST', '/v1/clients', { headers: { 'x-auth-token': token }, body: { accountNumber: '88000009', name: 'ООО' } })
    expect(answer.status).toBe(401)
    expect(await snapshot()).toEqual(before)
  })

  test('a wrong admin token is refused', async () => {
    const answer = await relay.request('POST', '/v1/admin/partners', { headers: { authorization: 'Bearer wrong' }, body: {} })
    expect(answer.status).toBe(401)
  })

  test('a used link code is refused with 409', async () => {
    const code = await relay.admin('POST', '/v1/admin/link-codes', { role: 'vendor' })
    expect((await relay.amo('9100').call('POST', '/v1/installations', { code: code.body.code })).status).toBe(201)
    const again = await relay.amo('9101').call('POST', '/v1/installations', { code: code.body.code })
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('code_used')
  })

  test('an expired link code is refused with 410', async () => {
    const code = await relay.admin('POST', '/v1/admin/link-codes', { role: 'vendor' })
    const saved = relay.clock.now().toISOString()
    relay.clock.set(new Date(relay.clock.now().getTime() + 8 * 86_400_000).toISOString())
    const answer = await relay.amo('9102').call('POST', '/v1/installations', { code: code.body.code })
    relay.clock.set(saved)
    expect(answer.status).toBe(410)
    expect(answer.body.error.code).toBe('code_expired')
  })

  test('an unlinked CRM account is told to enter a link code', async () => {
    const answer = await relay.amo('9999').call('GET', '/v1/me')
    expect(answer.status).toBe(403)
    expect(answer.body.error.message).toContain('link code')
  })

  test('an unknown status for a new partner is refused', async () => {
    const answer = await relay.admin('POST', '/v1/admin/partners', { name: 'ООО', inn: '7707083893', email: 'a@b.ru', status: 'gold' })
    expect(answer.status).toBe(400)
  })

  test('the OpenAPI document lists every route', async () => {
    const answer = await relay.request('GET', '/v1/openapi.json')
    expect(answer.body.openapi).toMatch(/^3\.1/)
    expect(Object.keys(answer.body.paths)).toEqual(expect.arrayContaining(['/v1/invoices', '/v1/clients/{accountNumber}', '/v1/pins/{id}/approve']))
  })
})
