import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type Crm, type RelayUnderTest, registerClient, startRelay } from './support/relay-under-test'
import { auditOf, snapshot } from './support/snapshot'

let relay: RelayUnderTest
let vendor: Crm
beforeAll(async () => {
  relay = await startRelay({ program: 'agat-rt' })
  vendor = await relay.vendor()
})
afterAll(() => relay.close())

const one = (accountNumber: string) => ({ accountNumber, lines: [{ sku: 'agat-ux-base', quantity: 1 }] })
const setCountries = (crm: Crm, partnerId: string, body: unknown) => crm.call('PUT', `/v1/partners/${partnerId}/countries`, body)

/** An authorized partner resident in Russia with a client of its own in Kazakhstan. */
const partnerWithClientInKz = async () => {
  const partner = await relay.partner({ status: 'authorized', countries: ['RU'] })
  const accountNumber = await registerClient(partner, { country: 'KZ' })
  return { partner, accountNumber }
}

describe('territory on quotes and invoices as on pins (AG-1.3)', () => {
  test('a client outside the countries of residence is refused a pin, a quote and an invoice, and nothing is written (AG-1.3)', async () => {
    const { partner, accountNumber } = await partnerWithClientInKz()
    const before = await snapshot(relay)
    for (const [path, body] of [
      ['/v1/pins', { accountNumber }],
      ['/v1/quotes', one(accountNumber)],
      ['/v1/invoices', one(accountNumber)],
    ] as const) {
      const answer = await partner.call('POST', path, body)
      expect(answer.status, path).toBe(422)
      expect(answer.body.error, path).toMatchObject({
        code: 'outside_territory',
        rule: 'AG-1.3',
        details: { country: 'KZ', partnerCountries: ['RU'], extraCountries: [] },
      })
    }
    expect(await snapshot(relay)).toEqual(before)
    const card = await partner.call('GET', `/v1/clients/${accountNumber}`)
    expect(card.body).toMatchObject({ canInvoice: false, pinRefusal: { code: 'outside_territory', rule: 'AG-1.3' } })
  })

  test("a country the partner's agreement adds, set by staff with a reason, opens pins, quotes and invoices there; taking it back closes them (AG-1.3, X-4)", async () => {
    const { partner, accountNumber } = await partnerWithClientInKz()
    const reason = 'Партнёрский договор № 17 от 12.01.2026, п. 2.4: Казахстан'
    const set = await setCountries(vendor, partner.id, { countries: ['RU'], extraCountries: ['KZ'], reason })
    expect(set.status).toBe(200)
    expect(set.body.partner).toMatchObject({ id: partner.id, countries: ['RU'], extraCountries: ['KZ'], territoryReason: reason })
    expect(await auditOf(relay, 'partner.countries-changed')).toContainEqual({
      entity_id: partner.id,
      before: { countries: ['RU'], extraCountries: [] },
      after: { countries: ['RU'], extraCountries: ['KZ'] },
      reason,
      actor_kind: 'vendor',
    })
    expect((await partner.call('POST', '/v1/quotes', one(accountNumber))).status).toBe(200)
    expect((await partner.call('GET', `/v1/clients/${accountNumber}`)).body).toMatchObject({ canInvoice: true, pinRefusal: null })
    expect((await partner.call('POST', '/v1/invoices', one(accountNumber))).status).toBe(201)
    expect((await partner.call('POST', '/v1/pins', { accountNumber })).status).toBe(201)
    expect((await vendor.call('GET', `/v1/partners/${partner.id}`)).body.partner).toMatchObject({ extraCountries: ['KZ'], territoryReason: reason })

    const back = await setCountries(vendor, partner.id, { countries: ['RU'], extraCountries: [], reason: 'Дополнительное соглашение расторгнуто' })
    expect(back.status).toBe(200)
    const refused = await partner.call('POST', '/v1/invoices', one(accountNumber))
    expect(refused.body.error).toMatchObject({ code: 'outside_territory', rule: 'AG-1.3' })
  })

  test('staff can change the countries of residence too: a partner moved to Kazakhstan sells there (AG-1.3)', async () => {
    const { partner, accountNumber } = await partnerWithClientInKz()
    const set = await setCountries(vendor, partner.id, { countries: ['RU', 'KZ'], extraCountries: [], reason: 'Зарегистрирован филиал в Казахстане' })
    expect(set.body.partner).toMatchObject({ countries: ['RU', 'KZ'], extraCountries: [] })
    expect((await partner.call('POST', '/v1/quotes', one(accountNumber))).status).toBe(200)
  })

  test('lines for stock name no client and no country: territory does not apply (AG-1.3)', async () => {
    const partner = await relay.partner({ status: 'authorized', countries: ['RU'] })
    expect((await partner.call('POST', '/v1/quotes', { lines: [{ sku: 'agat-ux-base', quantity: 1 }] })).status).toBe(200)
  })
})

describe('bad countries get a clear error and change nothing (AG-1.3)', () => {
  const reason = 'Договор'
  test.each([
    {
      label: 'a code that names no country',
      body: { countries: ['RU'], extraCountries: ['XX'], reason },
      status: 400,
      path: 'extraCountries.0',
      why: 'country_unknown',
    },
    { label: 'a retired code (SU)', body: { countries: ['SU'], extraCountries: [], reason }, status: 400, path: 'countries.0', why: 'country_unknown' },
    {
      label: 'a country listed twice',
      body: { countries: ['RU'], extraCountries: ['KZ', 'KZ'], reason },
      status: 400,
      path: 'extraCountries.1',
      why: 'country_twice',
    },
    {
      label: 'a country in both lists',
      body: { countries: ['RU'], extraCountries: ['RU'], reason },
      status: 400,
      path: 'extraCountries.0',
      why: 'country_resident',
    },
    { label: 'lower case', body: { countries: ['ru'], extraCountries: [], reason }, status: 400, path: 'countries.0' },
    { label: 'no country of residence', body: { countries: [], extraCountries: ['KZ'], reason }, status: 400, path: 'countries' },
    { label: 'no reason', body: { countries: ['RU'], extraCountries: ['KZ'] }, status: 400, path: 'reason' },
    { label: 'a blank reason', body: { countries: ['RU'], extraCountries: ['KZ'], reason: '   ' }, status: 400, path: 'reason' },
    { label: 'a name instead of a code', body: { countries: ['RU'], extraCountries: ['Kazakhstan'], reason }, status: 400, path: 'extraCountries.0' },
  ])('refuses $label', async ({ body, status, path, why }) => {
    const partner = await relay.partner({ status: 'authorized', countries: ['RU'] })
    const before = await snapshot(relay)
    const answer = await setCountries(vendor, partner.id, body)
    expect(answer.status).toBe(status)
    expect(answer.body.error.code).toBe('invalid_request')
    const fields = answer.body.error.details.fields as { path: string; reason?: string }[]
    expect(fields.map((field) => field.path)).toContain(path)
    if (why) expect(fields).toContainEqual(expect.objectContaining({ path, reason: why }))
    expect(await snapshot(relay)).toEqual(before)
  })

  test('the lists as they are already: nothing to change (409), nothing written', async () => {
    const partner = await relay.partner({ status: 'authorized', countries: ['RU'] })
    const before = await snapshot(relay)
    const answer = await setCountries(vendor, partner.id, { countries: ['RU'], extraCountries: [], reason: 'Без изменений' })
    expect(answer.status).toBe(409)
    expect(answer.body.error).toMatchObject({ code: 'invalid_state', rule: 'AG-1.3' })
    expect(await snapshot(relay)).toEqual(before)
  })

  test('a partner cannot set its own countries (403); an unknown partner is 404', async () => {
    const partner = await relay.partner({ status: 'authorized', countries: ['RU'] })
    const before = await snapshot(relay)
    expect((await setCountries(partner, partner.id, { countries: ['RU'], extraCountries: ['KZ'], reason: 'Хочу' })).status).toBe(403)
    expect((await setCountries(vendor, 'no-such-partner', { countries: ['RU'], extraCountries: ['KZ'], reason: 'Договор' })).status).toBe(404)
    expect(await snapshot(relay)).toEqual(before)
  })

  test('a partner created with a code that names no country, or a client registered in one, is refused (AG-1.3)', async () => {
    const before = await snapshot(relay)
    const created = await relay.admin('POST', '/v1/admin/partners', { name: 'ООО «Икс»', inn: '7707083893', email: 'x@example.ru', countries: ['RU', 'XX'] })
    expect(created.status).toBe(400)
    expect(created.body.error.details.fields).toContainEqual(expect.objectContaining({ path: 'countries.1', reason: 'country_unknown' }))
    const partner = await relay.partner({ status: 'authorized' })
    const mid = await snapshot(relay)
    const client = await partner.call('POST', '/v1/clients', { accountNumber: '77000001', name: 'ООО «Клиент»', country: 'XX' })
    expect(client.status).toBe(400)
    expect(client.body.error.details.fields).toContainEqual(expect.objectContaining({ path: 'country', reason: 'country_unknown' }))
    expect(await snapshot(relay)).toEqual(mid)
    expect(before.partners.length + 1).toBe(mid.partners.length)
  })
})

describe('Agat RT violations are recorded under the grounds of AG-1.5 only', () => {
  test('staff see the grounds with their titles in /v1/me; a partner does not', async () => {
    const me = await vendor.call('GET', '/v1/me')
    const rules = me.body.program.violable.rules as { rule: string; title: { ru: string; en: string } }[]
    expect(me.body.program.violable.basis).toBe('AG-1.5')
    expect(rules.map((r) => r.rule)).toEqual(['AG-1.4a', 'AG-1.4b', 'AG-1.4c', 'AG-1.4d', 'AG-1.4e', 'AG-1.4f', 'AG-1.4g', 'AG-1.5a', 'AG-1.5', 'AG-1.5c'])
    expect(rules.find((r) => r.rule === 'AG-1.4b')?.title).toEqual({ ru: 'Соблюдать территориальную политику', en: 'Keep to the territorial policy' })
    const partner = await relay.partner({ status: 'authorized' })
    expect((await partner.call('GET', '/v1/me')).body.program).not.toHaveProperty('violable')
  })

  test('a rule of the other program is refused with the rule named; a ground of AG-1.5 is recorded (AG-1.5)', async () => {
    const partner = await relay.partner({ status: 'authorized' })
    const before = await snapshot(relay)
    const refused = await vendor.call('POST', `/v1/partners/${partner.id}/violations`, { rule: 'AT-1.6', note: 'Просрочка' })
    expect(refused.status).toBe(422)
    expect(refused.body.error).toMatchObject({ code: 'rule_not_violable', rule: 'AG-1.5', details: { rule: 'AT-1.6' } })
    expect(refused.body.error.message).toContain('AT-1.6')
    expect(await snapshot(relay)).toEqual(before)
    const recorded = await vendor.call('POST', `/v1/partners/${partner.id}/violations`, { rule: 'AG-1.4b', note: 'Продажа в Казахстане без договора' })
    expect(recorded.status).toBe(201)
    expect(recorded.body.violation).toMatchObject({ rule: 'AG-1.4b', source: 'staff' })
  })
})
