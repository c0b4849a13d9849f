import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type RelayUnderTest, registerClient, startRelay } from './support/relay-under-test'

let relay: RelayUnderTest
beforeAll(async () => {
  relay = await startRelay()
})
afterAll(() => relay.close())

const register = registerClient

describe('pins (AT-1.2, AT-1.2a, AT-4.4, AT-4.5)', () => {
  test('a partner registers a client and requests a pin; vendor staff approve it (AT-1.1, AT-1.2)', async () => {
    const partner = await relay.partner()
    const vendor = await relay.vendor()
    const accountNumber = await register(partner, { inn: '7707083893', country: 'RU' })
    const requested = await partner.call('POST', '/v1/pins', { accountNumber })
    expect(requested.status).toBe(201)
    expect(requested.body.pin).toMatchObject({ accountNumber, state: 'requested', partnerId: partner.id })
    const approved = await vendor.call('POST', `/v1/pins/${requested.body.pin.id}/approve`, {})
    expect(approved.body.pin.state).toBe('approved')
    const card = await partner.call('GET', `/v1/clients/${accountNumber}`)
    expect(card.body).toMatchObject({ view: 'partner', pin: { state: 'approved' }, client: { name: 'ООО «Клиент»' } })
  })

  test("the overview lists name each client beside its number: the vendor's pin requests, the partner's pins and transfers waiting", async () => {
    const partner = await relay.partner()
    const vendor = await relay.vendor()
    const requestedAccount = await register(partner, { name: 'ООО «Бета»' })
    await partner.call('POST', '/v1/pins', { accountNumber: requestedAccount })
    const pinnedAccount = await register(partner, { name: 'АО «Альфа»' })
    const { body } = await partner.call('POST', '/v1/pins', { accountNumber: pinnedAccount })
    await vendor.call('POST', `/v1/pins/${body.pin.id}/approve`, {})
    const issued = await partner.call('POST', '/v1/invoices', { accountNumber: pinnedAccount, lines: [{ sku: 'atrealt-amocrm', quantity: 1, months: 1 }] })
    expect(issued.body.invoice).toMatchObject({ accountNumber: pinnedAccount, clientName: 'АО «Альфа»' })
    const own = await partner.call('GET', '/v1/overview')
    expect(own.body.pins).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ accountNumber: requestedAccount, clientName: 'ООО «Бета»' }),
        expect.objectContaining({ accountNumber: pinnedAccount, clientName: 'АО «Альфа»' }),
      ]),
    )
    expect(own.body.awaitingTransfer).toMatchObject([{ accountNumber: pinnedAccount, clientName: 'АО «Альфа»' }])
    const staff = await vendor.call('GET', '/v1/overview')
    expect(staff.body.pinRequests).toEqual(expect.arrayContaining([expect.objectContaining({ accountNumber: requestedAccount, clientName: 'ООО «Бета»' })]))
    expect(staff.body.awaitingTransfer).toEqual(expect.arrayContaining([expect.objectContaining({ accountNumber: pinnedAccount, clientName: 'АО «Альфа»' })]))
  })

  test('a second partner learns only that the client is pinned to another partner (X-5)', async () => {
    const [first, second] = [await relay.partner(), await relay.partner({ name: 'ООО «Второй»' })]
    const accountNumber = await register(first)
    await first.call('POST', '/v1/pins', { accountNumber })
    const card = await second.call('GET', `/v1/clients/${accountNumber}`)
    expect(card.status).toBe(200)
    expect(card.body).toEqual({ pinnedToOther: true })
  })

  test.each([
    { label: "refuses a pin while another partner's request waits (AT-1.2a)", setup: 'requested', reason: 'requested-by-other' },
    { label: "refuses a pin on another partner's approved client (AT-1.2a)", setup: 'approved', reason: 'pinned-to-other' },
    { label: 'refuses a pin while the vendor negotiates directly (AT-1.2a)', setup: 'negotiation', reason: 'direct-negotiation' },
  ])('$label', async ({ setup, reason }) => {
    const [owner, rival, vendor] = [await relay.partner(), await relay.partner(), await relay.vendor()]
    const accountNumber = await register(owner)
    if (setup === 'negotiation') await vendor.call('PUT', `/v1/clients/${accountNumber}/negotiation`, { open: true, note: 'звонок директору' })
    else {
      const pin = await owner.call('POST', '/v1/pins', { accountNumber })
      if (setup === 'approved') await vendor.call('POST', `/v1/pins/${pin.body.pin.id}/approve`, {})
    }
    const refused = await rival.call('POST', '/v1/pins', { accountNumber })
    expect(refused.status).toBe(409)
    expect(refused.body.error).toMatchObject({ code: 'pin_conflict', rule: 'AT-1.2a', details: { reason } })
  })

  test('refuses to pin a demo account (AT-3.2)', async () => {
    const partner = await relay.partner()
    const accountNumber = await register(partner, { demo: true })
    const refused = await partner.call('POST', '/v1/pins', { accountNumber })
    expect(refused.status).toBe(409)
    expect(refused.body.error).toMatchObject({ code: 'demo_account', rule: 'AT-3.2' })
  })

  test('two partners racing for one account: exactly one live pin (AT-1.2a)', async () => {
    const contenders = await Promise.all(Array.from({ length: 6 }, () => relay.partner()))
    const accountNumber = await register(contenders[0])
    const answers = await Promise.all(contenders.map((p) => p.call('POST', '/v1/pins', { accountNumber })))
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1)
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.error.code === 'pin_conflict')).toBe(true)
    const live = await relay.deps.db
      .selectFrom('pins')
      .select('id')
      .where('account_number', '=', accountNumber)
      .where('state', 'in', ['requested', 'approved'])
      .execute()
    expect(live).toHaveLength(1)
  })

  test('rejecting needs a reason and the partner sees it', async () => {
    const [partner, vendor] = [await relay.partner(), await relay.vendor()]
    const accountNumber = await register(partner)
    const { body } = await partner.call('POST', '/v1/pins', { accountNumber })
    const noReason = await vendor.call('POST', `/v1/pins/${body.pin.id}/reject`, {})
    expect(noReason.status).toBe(400)
    await vendor.call('POST', `/v1/pins/${body.pin.id}/reject`, { reason: 'Клиент работает с другим партнёром' })
    const card = await partner.call('GET', `/v1/clients/${accountNumber}`)
    expect(card.body.pin).toMatchObject({ state: 'rejected', reason: 'Клиент работает с другим партнёром' })
  })

  test("release on the client's request notifies the partner by e-mail and frees the account (AT-4.5)", async () => {
    const [partner, next, vendor] = [await relay.partner({ email: 'owner@example.ru' }), await relay.partner(), await relay.vendor()]
    const accountNumber = await register(partner)
    const { body } = await partner.call('POST', '/v1/pins', { accountNumber })
    await vendor.call('POST', `/v1/pins/${body.pin.id}/approve`, {})
    const released = await vendor.call('POST', `/v1/pins/${body.pin.id}/release`, { reason: 'client-request', reference: 'письмо от 12.05.2026 № 17' })
    expect(released.body.pin).toMatchObject({ state: 'released', reason: 'client-request', reference: 'письмо от 12.05.2026 № 17' })
    const mail = await relay.deps.db.selectFrom('outbox').selectAll().where('to_email', '=', 'owner@example.ru').execute()
    expect(mail).toHaveLength(1)
    expect(mail[0].body).toContain(accountNumber)
    expect((await next.call('POST', '/v1/pins', { accountNumber })).status).toBe(201)
  })

  test.each([
    { label: 'approving an approved pin', decision: 'approve' },
    { label: 'releasing a requested pin', decision: 'release' },
  ])('$label is refused as invalid_state', async ({ decision }) => {
    const [partner, vendor] = [await relay.partner(), await relay.vendor()]
    const accountNumber = await register(partner)
    const { body } = await partner.call('POST', '/v1/pins', { accountNumber })
    if (decision === 'approve') await vendor.call('POST', `/v1/pins/${body.pin.id}/approve`, {})
    const answer = await vendor.call('POST', `/v1/pins/${body.pin.id}/${decision}`, { reason: 'x' })
    expect(answer.status).toBe(409)
    expect(answer.body.error.code).toBe('invalid_state')
  })

  test('a partner cannot decide pins, and ids of another tenant answer 404 (X-5)', async () => {
    const [owner, other] = [await relay.partner(), await relay.partner()]
    const accountNumber = await register(owner)
    const { body } = await owner.call('POST', '/v1/pins', { accountNumber })
    expect((await owner.call('POST', `/v1/pins/${body.pin.id}/approve`, {})).status).toBe(403)
    expect((await other.call('GET', `/v1/partners/${owner.id}`)).status).toBe(404)
  })

  test('vendor staff see the pin history, the partner and the negotiation mark (AT-4.2)', async () => {
    const [partner, vendor] = [await relay.partner({ name: 'ООО «История»' }), await relay.vendor()]
    const accountNumber = await register(partner)
    const { body } = await partner.call('POST', '/v1/pins', { accountNumber })
    await vendor.call('POST', `/v1/pins/${body.pin.id}/approve`, {})
    const card = await vendor.call('GET', `/v1/clients/${accountNumber}`)
    expect(card.body).toMatchObject({ view: 'vendor', partner: { name: 'ООО «История»' }, negotiation: { open: false }, pin: { state: 'approved' } })
    expect(card.body.pinHistory).toHaveLength(1)
  })

  test('an unregistered account answers not_found naming AT-1.1', async () => {
    const partner = await relay.partner()
    const answer = await partner.call('GET', '/v1/clients/99999999')
    expect(answer.status).toBe(404)
    expect(answer.body.error.rule).toBe('AT-1.1')
  })
})
