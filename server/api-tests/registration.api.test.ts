import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type Crm, type RelayUnderTest, registerClient, startRelay } from './support/relay-under-test'

let relay: RelayUnderTest
let partner: Crm & { id: string }
let vendor: Crm
beforeAll(async () => {
  relay = await startRelay()
  partner = await relay.partner()
  vendor = await relay.vendor()
})
afterAll(() => relay.close())

/** Row counts of every table a registration or a pin request could touch: a refusal leaves them as they were. */
const snapshot = async () => {
  const counts: Record<string, number> = {}
  for (const table of ['clients', 'pins', 'audit_log', 'idempotency_keys'] as const) {
    const { n } = await relay.deps.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow()
    counts[table] = Number(n)
  }
  return counts
}

describe('registration refusals say what is wrong and change nothing (AT-1.1)', () => {
  test.each([
    { label: 'letters in the INN', body: { accountNumber: '61000001', name: 'ООО «Х»', inn: '77ABCD1234' }, field: 'inn', reason: 'inn_length' },
    { label: 'three digits of INN', body: { accountNumber: '61000002', name: 'ООО «Х»', inn: '123' }, field: 'inn', reason: 'inn_length' },
    {
      label: 'an INN whose check digits do not match',
      body: { accountNumber: '61000003', name: 'ООО «Х»', inn: '7707083894' },
      field: 'inn',
      reason: 'inn_checksum',
    },
    { label: 'an account number of letters', body: { accountNumber: 'abc', name: 'ООО «Х»' }, field: 'accountNumber', reason: 'account_number_format' },
    {
      label: 'an account number one digit short',
      body: { accountNumber: '6100000', name: 'ООО «Х»' },
      field: 'accountNumber',
      reason: 'account_number_format',
    },
  ])('$label: 400 with the field and its reason', async ({ body, field, reason }) => {
    const before = await snapshot()
    const answer = await partner.call('POST', '/v1/clients', body)
    expect(answer.status).toBe(400)
    expect(answer.body.error.code).toBe('invalid_request')
    expect(answer.body.error.details.fields).toEqual([expect.objectContaining({ path: field, reason })])
    expect(await snapshot()).toEqual(before)
  })

  test('AT-1.1: the account-number refusal names the rule and the program format, so the widget says it in words', async () => {
    const answer = await partner.call('POST', '/v1/clients', { accountNumber: 'abc', name: 'abc' })
    expect(answer.body.error).toMatchObject({ rule: 'AT-1.1', details: { fields: [{ path: 'accountNumber', reason: 'account_number_format', digits: 8 }] } })
    expect(await partner.call('GET', '/v1/clients/abc')).toMatchObject({ status: 404 })
  })

  test('AT-1.1: /v1/me tells the widget the format, so it can check a typed number first', async () => {
    expect((await partner.call('GET', '/v1/me')).body.program).toMatchObject({ accountNumberDigits: 8 })
  })
})

describe('the card says why a pin request would be refused, as the request does (AT-1.2a)', () => {
  test('AT-1.2a: a client the vendor negotiates with directly: the card carries the refusal, the request answers it and changes nothing', async () => {
    const accountNumber = await registerClient(partner)
    expect((await partner.call('GET', `/v1/clients/${accountNumber}`)).body.pinRefusal).toBeNull()
    await vendor.call('PUT', `/v1/clients/${accountNumber}/negotiation`, { open: true, note: 'Переговоры напрямую' })

    const refusal = { code: 'pin_conflict', rule: 'AT-1.2a', details: { reason: 'direct-negotiation' } }
    expect((await partner.call('GET', `/v1/clients/${accountNumber}`)).body).toMatchObject({ view: 'partner', pinRefusal: refusal })
    const before = await snapshot()
    const answer = await partner.call('POST', '/v1/pins', { accountNumber })
    expect(answer.status).toBe(409)
    expect(answer.body.error).toMatchObject(refusal)
    expect(await snapshot()).toEqual(before)

    await vendor.call('PUT', `/v1/clients/${accountNumber}/negotiation`, { open: false })
    expect((await partner.call('GET', `/v1/clients/${accountNumber}`)).body.pinRefusal).toBeNull()
    expect((await partner.call('POST', '/v1/pins', { accountNumber })).status).toBe(201)
  })

  test('AT-3.2: a demo account carries the refusal the request answers', async () => {
    const accountNumber = await registerClient(partner, { demo: true })
    const card = (await partner.call('GET', `/v1/clients/${accountNumber}`)).body
    const answer = await partner.call('POST', '/v1/pins', { accountNumber })
    expect(card.pinRefusal).toMatchObject({ code: 'demo_account', rule: 'AT-3.2' })
    expect(answer.body.error).toMatchObject({ code: card.pinRefusal.code, rule: card.pinRefusal.rule })
  })

  test('a partner holding the live pin has no refusal: a repeated request is harmless', async () => {
    const accountNumber = await registerClient(partner)
    await partner.call('POST', '/v1/pins', { accountNumber })
    expect((await partner.call('GET', `/v1/clients/${accountNumber}`)).body).toMatchObject({ pin: { state: 'requested' }, pinRefusal: null })
  })
})
