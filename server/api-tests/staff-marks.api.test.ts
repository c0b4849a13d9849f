import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type Crm, pinnedClient, type RelayUnderTest, registerClient, startRelay } from './support/relay-under-test'
import { auditOf, snapshot } from './support/snapshot'

let relay: RelayUnderTest
let vendor: Crm
beforeAll(async () => {
  relay = await startRelay({ at: '2026-04-27T10:00:00+03:00' })
  vendor = await relay.vendor()
})
afterAll(() => relay.close())

const line = { sku: 'atrealt-amocrm', quantity: 1, months: 1 }

describe('violations only under the rules the program marks as violable (AT-4.1)', () => {
  test('vendor staff get the rules of clauses 1 and 3 with their titles in /v1/me; a partner does not (AT-4.1)', async () => {
    const me = await vendor.call('GET', '/v1/me')
    const { basis, rules } = me.body.program.violable as { basis: string; rules: { rule: string; title: { ru: string; en: string } }[] }
    expect(basis).toBe('AT-4.1')
    expect(rules.map((r) => r.rule)).toEqual(['AT-1.1', 'AT-1.2', 'AT-1.3', 'AT-1.4', 'AT-1.5', 'AT-1.6', 'AT-1.7', 'AT-3.1', 'AT-3.2', 'AT-3.3', 'AT-3.4'])
    for (const { title } of rules) expect(title.ru && title.en).toBeTruthy()
    const partner = await relay.partner()
    expect((await partner.call('GET', '/v1/me')).body.program).not.toHaveProperty('violable')
  })

  test.each([
    { label: 'a clause the Rules do not have', rule: 'AT-9.9' },
    { label: 'clause 5.2, the discount, which a partner cannot break', rule: 'AT-5.2' },
    { label: "clause 4.4, the vendor's right to ask the client", rule: 'AT-4.4' },
    { label: "a rule of the other program (Agat RT's overdue receivables)", rule: 'AG-1.5' },
    { label: 'a cross-cutting rule', rule: 'X-3' },
  ])('refuses $label with rule_not_violable naming it, and records nothing (AT-4.1)', async ({ rule }) => {
    const partner = await relay.partner()
    const before = await snapshot(relay)
    const answer = await vendor.call('POST', `/v1/partners/${partner.id}/violations`, { rule, note: 'Нарушение' })
    expect(answer.status).toBe(422)
    expect(answer.body.error).toMatchObject({ code: 'rule_not_violable', rule: 'AT-4.1', details: { rule } })
    expect(answer.body.error.details.violable).toContain('AT-3.2')
    expect(answer.body.error.message).toContain(rule)
    expect(await snapshot(relay)).toEqual(before)
    expect((await partner.call('GET', '/v1/me')).body.partner).toMatchObject({ state: 'active', violations: 0 })
  })

  test('a malformed rule id is a bad request, not a violation (AT-4.1)', async () => {
    const partner = await relay.partner()
    const before = await snapshot(relay)
    const answer = await vendor.call('POST', `/v1/partners/${partner.id}/violations`, { rule: 'п. 1.6', note: 'Нарушение' })
    expect(answer.status).toBe(400)
    expect(await snapshot(relay)).toEqual(before)
  })

  test('a violable rule is recorded and restricts the partner (AT-3.1, AT-4.1)', async () => {
    const partner = await relay.partner()
    const answer = await vendor.call('POST', `/v1/partners/${partner.id}/violations`, { rule: 'AT-3.1', note: 'Представлялся сотрудником вендора' })
    expect(answer.status).toBe(201)
    expect(answer.body.partner.state).toBe('restricted')
  })
})

describe('vendor staff set and clear the demo-account mark with a reason (AT-3.2, X-4)', () => {
  const setDemo = (crm: Crm, accountNumber: string, body: unknown) => crm.call('PUT', `/v1/clients/${accountNumber}/demo`, body)

  test('marked by staff, a pinned client is no longer quoted or invoiced; cleared, it is again; both in the audit trail (AT-3.2)', async () => {
    const partner = await relay.partner()
    const { accountNumber } = await pinnedClient(relay, partner)
    const marked = await setDemo(vendor, accountNumber, { demo: true, reason: 'Клиент работает в демо-аккаунте партнёра' })
    expect(marked.status).toBe(200)
    expect(marked.body.client).toMatchObject({ accountNumber, demo: true })
    const before = await snapshot(relay)
    const refused = await partner.call('POST', '/v1/invoices', { accountNumber, lines: [line] })
    expect(refused.body.error).toMatchObject({ code: 'demo_account', rule: 'AT-3.2' })
    expect(await snapshot(relay)).toEqual(before)
    expect((await partner.call('GET', `/v1/clients/${accountNumber}`)).body).toMatchObject({ canInvoice: false, client: { demo: true } })
    expect((await vendor.call('GET', `/v1/clients/${accountNumber}`)).body.client.demo).toBe(true)

    const cleared = await setDemo(vendor, accountNumber, { demo: false, reason: 'Ошибка: это рабочий аккаунт клиента' })
    expect(cleared.body.client.demo).toBe(false)
    expect((await partner.call('POST', '/v1/invoices', { accountNumber, lines: [line] })).status).toBe(201)
    expect((await auditOf(relay, 'client.demo-marked')).filter((row) => row.entity_id === accountNumber)).toEqual([
      { entity_id: accountNumber, before: { demo: false }, after: { demo: true }, reason: 'Клиент работает в демо-аккаунте партнёра', actor_kind: 'vendor' },
    ])
    expect((await auditOf(relay, 'client.demo-cleared')).filter((row) => row.entity_id === accountNumber)).toEqual([
      { entity_id: accountNumber, before: { demo: true }, after: { demo: false }, reason: 'Ошибка: это рабочий аккаунт клиента', actor_kind: 'vendor' },
    ])
  })

  test("a partner's own demo mark can be cleared by staff, and a pin then requested (AT-3.2)", async () => {
    const partner = await relay.partner()
    const accountNumber = await registerClient(partner, { demo: true })
    expect((await partner.call('POST', '/v1/pins', { accountNumber })).body.error.code).toBe('demo_account')
    expect((await setDemo(vendor, accountNumber, { demo: false, reason: 'Аккаунт передан клиенту по договору' })).status).toBe(200)
    expect((await partner.call('POST', '/v1/pins', { accountNumber })).status).toBe(201)
  })

  test.each([
    { label: 'no reason', body: { demo: true }, status: 400, code: 'invalid_request' },
    { label: 'a blank reason', body: { demo: true, reason: '  ' }, status: 400, code: 'invalid_request' },
    { label: 'a mark that is not a yes or no', body: { demo: 'yes', reason: 'Причина' }, status: 400, code: 'invalid_request' },
    { label: 'an unknown field', body: { demo: true, reason: 'Причина', partnerId: 'x' }, status: 400, code: 'invalid_request' },
    { label: 'the mark as it is already', body: { demo: false, reason: 'Причина' }, status: 409, code: 'invalid_state' },
  ])('refuses $label and changes nothing (AT-3.2)', async ({ body, status, code }) => {
    const partner = await relay.partner()
    const accountNumber = await registerClient(partner)
    const before = await snapshot(relay)
    const answer = await setDemo(vendor, accountNumber, body)
    expect(answer.status).toBe(status)
    expect(answer.body.error.code).toBe(code)
    expect(await snapshot(relay)).toEqual(before)
  })

  test('a partner cannot use the staff route (403); an unknown account is 404 (AT-1.1)', async () => {
    const partner = await relay.partner()
    const accountNumber = await registerClient(partner)
    const before = await snapshot(relay)
    expect((await setDemo(partner, accountNumber, { demo: true, reason: 'Сам' })).status).toBe(403)
    const unknown = await setDemo(vendor, '99999999', { demo: true, reason: 'Причина' })
    expect(unknown.status).toBe(404)
    expect(unknown.body.error).toMatchObject({ code: 'not_found', rule: 'AT-1.1' })
    expect(await snapshot(relay)).toEqual(before)
  })
})

describe('"confirmed with the client" on pin approval (AT-4.4)', () => {
  const requested = async () => {
    const partner = await relay.partner()
    const accountNumber = await registerClient(partner)
    const { body } = await partner.call('POST', '/v1/pins', { accountNumber })
    return { partner, accountNumber, pinId: body.pin.id as string }
  }

  test('the mark and its note are stored with the approval and shown in the pin history and lists (AT-4.4)', async () => {
    const { partner, accountNumber, pinId } = await requested()
    const note = 'Звонок директору 27.04: партнёра знает, работает с ним с марта'
    const approved = await vendor.call('POST', `/v1/pins/${pinId}/approve`, { confirmedWithClient: true, confirmationNote: note })
    expect(approved.status).toBe(200)
    expect(approved.body.pin).toMatchObject({ state: 'approved', confirmedWithClient: true, confirmationNote: note })
    const card = await vendor.call('GET', `/v1/clients/${accountNumber}`)
    expect(card.body.pinHistory[0]).toMatchObject({ id: pinId, confirmedWithClient: true, confirmationNote: note })
    expect((await partner.call('GET', '/v1/pins')).body.pins[0]).toMatchObject({ id: pinId, confirmedWithClient: true })
    const audit = (await auditOf(relay, 'pin.approved')).find((row) => row.entity_id === pinId)
    expect(audit?.after).toMatchObject({ confirmedWithClient: true, confirmationNote: note })
  })

  test('an approval without the mark says so: not confirmed, no note (AT-4.4)', async () => {
    const { pinId } = await requested()
    const approved = await vendor.call('POST', `/v1/pins/${pinId}/approve`, {})
    expect(approved.body.pin).toMatchObject({ confirmedWithClient: false, confirmationNote: null })
  })

  test.each([
    { label: 'a note without the mark', decision: 'approve', body: { confirmationNote: 'Звонил' }, status: 400, field: 'confirmationNote' },
    {
      label: 'a note with the mark unset',
      decision: 'approve',
      body: { confirmedWithClient: false, confirmationNote: 'Не ответил' },
      status: 400,
      field: 'confirmationNote',
    },
    {
      label: 'the mark on a rejection',
      decision: 'reject',
      body: { reason: 'Клиент ведёт переговоры с вендором', confirmedWithClient: true },
      status: 400,
      field: 'confirmedWithClient',
    },
    { label: 'a mark that is not a yes or no', decision: 'approve', body: { confirmedWithClient: 'да' }, status: 400, field: 'confirmedWithClient' },
    {
      label: 'a note too long',
      decision: 'approve',
      body: { confirmedWithClient: true, confirmationNote: 'я'.repeat(1001) },
      status: 400,
      field: 'confirmationNote',
    },
    { label: 'a blank note', decision: 'approve', body: { confirmedWithClient: true, confirmationNote: '   ' }, status: 400, field: 'confirmationNote' },
  ])('refuses $label and leaves the request waiting (AT-4.4)', async ({ decision, body, status, field }) => {
    const { pinId } = await requested()
    const before = await snapshot(relay)
    const answer = await vendor.call('POST', `/v1/pins/${pinId}/${decision}`, body)
    expect(answer.status).toBe(status)
    expect(answer.body.error.code).toBe('invalid_request')
    expect(JSON.stringify(answer.body.error.details)).toContain(field)
    expect(await snapshot(relay)).toEqual(before)
  })
})
