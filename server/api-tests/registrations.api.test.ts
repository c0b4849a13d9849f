import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { passOn, statusSnapshot } from './support/agat'
import { type Crm, type RelayUnderTest, registerClient, startRelay } from './support/relay-under-test'

let relay: RelayUnderTest
let vendor: Crm
beforeEach(async () => {
  relay = await startRelay({ program: 'agat-rt', at: '2026-05-14T10:00:00+03:00' })
  vendor = await relay.vendor()
})
afterEach(() => relay.close())

const lead = (partnerId: string, accountNumber: string) => ({ partnerId, accountNumber, name: 'АО «Входящий запрос»', email: 'tender@client.example.ru' })

describe('leads handed over by the vendor (AG-PRIV)', () => {
  test('go only to partners with the privilege, as an approved registration protected 90 days (AG-PRIV, AG-4)', async () => {
    const authorized = await relay.partner({ status: 'authorized' })
    const refused = await vendor.call('POST', '/v1/leads', lead(authorized.id, '90000001'))
    expect(refused.status).toBe(403)
    expect(refused.body.error).toMatchObject({ code: 'not_entitled', rule: 'AG-PRIV' })

    const silver = await relay.partner({ status: 'silver' })
    const handed = await vendor.call('POST', '/v1/leads', lead(silver.id, '90000001'))
    expect(handed.status).toBe(201)
    expect(handed.body.registration).toMatchObject({
      kind: 'client',
      source: 'vendor-lead',
      state: 'approved',
      partnerId: silver.id,
      validUntil: '2026-08-12',
      clientName: 'АО «Входящий запрос»',
    })
    const card = await silver.call('GET', '/v1/clients/90000001')
    expect(card.body).toMatchObject({ view: 'partner', pin: { state: 'approved' } })
    const again = await vendor.call('POST', '/v1/leads', lead((await relay.partner({ status: 'gold' })).id, '90000001'))
    expect(again.body.error).toMatchObject({ code: 'pin_conflict', rule: 'AT-1.2a' })
  })

  test('never go to a Regional distributor, which works with no end customer (AG-REQ)', async () => {
    const distributor = await relay.partner({ status: 'regional_distributor' })
    const refused = await vendor.call('POST', '/v1/leads', lead(distributor.id, '90000002'))
    expect(refused.body.error).toMatchObject({ code: 'not_entitled', rule: 'AG-REQ' })
  })
})

describe('deal registration (AG-4)', () => {
  test('a client registration needs authorization and lasts the program period (AG-4)', async () => {
    const newcomer = await relay.partner()
    const accountNumber = await registerClient(newcomer)
    expect((await newcomer.call('POST', '/v1/pins', { accountNumber })).body.error).toMatchObject({ code: 'not_entitled', rule: 'AG-4' })
    const authorized = await relay.partner({ status: 'authorized' })
    const other = await registerClient(authorized)
    const { body } = await authorized.call('POST', '/v1/pins', { accountNumber: other })
    await vendor.call('POST', `/v1/pins/${body.pin.id}/approve`, {})
    const list = await authorized.call('GET', '/v1/registrations')
    expect(list.body.registrations).toEqual([expect.objectContaining({ id: body.pin.id, kind: 'client', state: 'approved', validUntil: '2026-08-12' })])
  })

  test('lapses after its period unless renewed; a pending renewal holds it; running twice changes nothing (AG-4)', async () => {
    const partner = await relay.partner({ status: 'gold' })
    const accountNumber = await registerClient(partner)
    const project = await partner.call('POST', '/v1/projects', { accountNumber, projectName: 'Тендер: АТС для больницы' })
    expect(project.body.registration).toMatchObject({ kind: 'project', state: 'requested', projectName: 'Тендер: АТС для больницы', validUntil: null })
    const id = project.body.registration.id
    await vendor.call('POST', `/v1/pins/${id}/approve`, {})

    relay.clock.set('2026-08-01T10:00:00+03:00')
    const asked = await partner.call('POST', `/v1/registrations/${id}/renewal`, { note: 'Конкурс перенесён' })
    expect(asked.body.registration.renewal).toMatchObject({ state: 'pending', note: 'Конкурс перенесён' })
    expect((await passOn(relay, '2026-08-13T00:01:00+03:00')).expired).toBe(0)
    // Decided a day after the old end: a full period from the decision.
    const renewed = await vendor.call('POST', `/v1/registrations/${id}/renewal/approve`, {})
    expect(renewed.body.registration).toMatchObject({
      state: 'approved',
      validUntil: '2026-11-11',
      renewal: { state: 'approved', validUntilBefore: '2026-08-12', validUntilAfter: '2026-11-11' },
    })

    expect((await passOn(relay, '2026-11-11T23:59:00+03:00')).expired).toBe(0)
    expect((await passOn(relay, '2026-11-12T00:01:00+03:00')).expired).toBe(1)
    const snapshot = await statusSnapshot(relay)
    expect((await passOn(relay, '2026-11-12T00:02:00+03:00')).expired).toBe(0)
    expect(await statusSnapshot(relay)).toEqual(snapshot)
    const lapsed = (await partner.call('GET', '/v1/registrations?kind=project')).body.registrations[0]
    expect(lapsed).toMatchObject({ state: 'released', reason: 'expired' })
    const audit = await relay.deps.db.selectFrom('audit_log').select(['actor_kind']).where('entity_id', '=', id).where('action', '=', 'pin.expired').execute()
    expect(audit).toEqual([{ actor_kind: 'system' }])
    expect((await partner.call('POST', `/v1/registrations/${id}/renewal`, {})).body.error.code).toBe('invalid_state')
  })

  test('a refused renewal lets the registration lapse on the next pass (AG-4)', async () => {
    const partner = await relay.partner({ status: 'gold' })
    const accountNumber = await registerClient(partner)
    const { body } = await partner.call('POST', '/v1/pins', { accountNumber })
    await vendor.call('POST', `/v1/pins/${body.pin.id}/approve`, {})
    await partner.call('POST', `/v1/registrations/${body.pin.id}/renewal`, {})
    expect((await passOn(relay, '2026-08-20T10:00:00+03:00')).expired).toBe(0)
    const rejected = await vendor.call('POST', `/v1/registrations/${body.pin.id}/renewal/reject`, { reason: 'Сделка не движется' })
    expect(rejected.body.registration.renewal).toMatchObject({ state: 'rejected', reason: 'Сделка не движется' })
    expect((await passOn(relay, '2026-08-20T10:01:00+03:00')).expired).toBe(1)
  })

  test('project registration is for Gold and above (AG-4, section 4)', async () => {
    const silver = await relay.partner({ status: 'silver' })
    const accountNumber = await registerClient(silver)
    const refused = await silver.call('POST', '/v1/projects', { accountNumber, projectName: 'Проект' })
    expect(refused.body.error).toMatchObject({ code: 'not_entitled', rule: 'AG-4', details: { reason: 'status-too-low' } })
  })
})

describe('Project partner pricing (AG-DISC per project)', () => {
  test('the discount vendor staff set on the project registration prices its invoices (AG-DISC, AG-4)', async () => {
    const partner = await relay.partner({ status: 'project_partner' })
    const accountNumber = await registerClient(partner)
    const { body } = await partner.call('POST', '/v1/projects', { accountNumber, projectName: 'Сеть филиалов банка' })
    const id = body.registration.id
    await vendor.call('POST', `/v1/pins/${id}/approve`, {})
    const lines = [
      { sku: 'agat-ux-base', quantity: 2 },
      { sku: 'joint-support-12m', quantity: 1 },
    ]
    expect((await partner.call('POST', '/v1/quotes', { accountNumber, lines })).body.error).toMatchObject({ code: 'project_discount_missing', rule: 'AG-DISC' })
    expect((await partner.call('POST', `/v1/projects/${id}/discount`, { discountBps: 4200 })).status).toBe(403)
    const set = await vendor.call('POST', `/v1/projects/${id}/discount`, { discountBps: 4200 })
    expect(set.body.registration.projectDiscountBps).toBe(4200)
    const invoice = await partner.call('POST', '/v1/invoices', { accountNumber, lines, clientPaidOn: '2026-05-14' })
    expect(invoice.status).toBe(201)
    expect(invoice.body.invoice.lines.map((l: any) => l.discountBps)).toEqual([4200, 5000])
    expect(invoice.body.invoice.discountSource).toBe('project')
    const stored = await relay.deps.db.selectFrom('invoices').select('project_pin_id').where('id', '=', invoice.body.invoice.id).executeTakeFirstOrThrow()
    expect(stored.project_pin_id).toBe(id)
    // Without a registered project the per-project categories stay unpriced.
    expect((await partner.call('POST', '/v1/quotes', { lines })).body.error.code).toBe('project_discount_missing')
  })
})

describe('Regional distributor network (AG-REQ)', () => {
  test('counts partners without their own authorization toward the 30, and refuses authorized ones (AG-REQ)', async () => {
    const distributor = await relay.partner({ status: 'regional_distributor' })
    const dealers = await Promise.all(Array.from({ length: 30 }, (_, i) => relay.createPartner({ name: `ООО «Дилер ${i + 1}»` })))
    for (const dealer of dealers.slice(0, 29)) await vendor.call('PUT', `/v1/partners/${dealer.id}/network-parent`, { parentPartnerId: distributor.id })
    const short = (await distributor.call('GET', `/v1/partners/${distributor.id}/status`)).body
    expect(short.network).toMatchObject({ required: 30, counted: 29 })
    expect(short.checklists[0]).toMatchObject({ status: 'regional_distributor', isMet: false })
    expect(short.checklists[0].items.find((i: any) => i.requirement === 'networkSize')).toMatchObject({
      isMet: false,
      progress: { unit: 'count', value: 29, target: 30 },
    })

    const full = await vendor.call('PUT', `/v1/partners/${dealers[29].id}/network-parent`, { parentPartnerId: distributor.id })
    expect(full.body.network).toMatchObject({ required: 30, counted: 30 })
    expect(full.body.checklists[0].items.find((i: any) => i.requirement === 'networkSize').isMet).toBe(true)

    const authorized = await relay.createPartner({ status: 'authorized' })
    const refused = await vendor.call('PUT', `/v1/partners/${authorized.id}/network-parent`, { parentPartnerId: distributor.id })
    expect(refused.body.error).toMatchObject({ code: 'invalid_state', rule: 'AG-REQ', details: { reason: 'member-authorized' } })
    const left = await vendor.call('PUT', `/v1/partners/${dealers[0].id}/network-parent`, { parentPartnerId: null })
    expect(left.body.network.counted).toBe(29)
  })

  test('a distributor neither registers nor invoices end customers, but buys for stock (AG-REQ)', async () => {
    const distributor = await relay.partner({ status: 'regional_distributor' })
    const accountNumber = await registerClient(distributor)
    expect((await distributor.call('POST', '/v1/pins', { accountNumber })).body.error).toMatchObject({ code: 'not_entitled', rule: 'AG-REQ' })
    const lines = [{ sku: 'agat-ux-base', quantity: 1 }]
    expect((await distributor.call('POST', '/v1/invoices', { accountNumber, lines })).body.error).toMatchObject({ code: 'not_entitled', rule: 'AG-REQ' })
    const stock = await distributor.call('POST', '/v1/invoices', { lines })
    expect(stock.status).toBe(201)
    expect(stock.body.invoice.lines[0].discountBps).toBe(3500)
  })
})
