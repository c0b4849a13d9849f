import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type Crm, type RelayUnderTest, registerClient, repeatViolation, startRelay } from './support/relay-under-test'

const ATREALT_LINE = { sku: 'atrealt-amocrm', quantity: 1, months: 1 }
const AGAT_LINE = { sku: 'agat-ux-base', quantity: 1 }

/** What the partner's card says, next to what the relay does with an invoice for the same client. */
const cardAndInvoice = async (partner: Crm, accountNumber: string, line: Record<string, unknown>) => {
  const card = await partner.call('GET', `/v1/clients/${accountNumber}`)
  const invoice = await partner.call('POST', '/v1/invoices', { accountNumber, lines: [line] })
  return { card: card.body, invoiced: invoice.status === 201, error: invoice.body.error }
}

describe('the ATRealt client card tells the partner when it may invoice (AT-1.2)', () => {
  let relay: RelayUnderTest
  beforeAll(async () => {
    relay = await startRelay()
  })
  afterAll(() => relay.close())

  test('not until the pin is approved, and the same as the invoice service decides (AT-1.2)', async () => {
    const [partner, vendor] = [await relay.partner(), await relay.vendor()]
    const accountNumber = await registerClient(partner)
    expect(await cardAndInvoice(partner, accountNumber, ATREALT_LINE)).toMatchObject({
      card: { canInvoice: false, requiresPin: true, pin: null },
      invoiced: false,
      error: { code: 'not_pinned' },
    })
    const { body } = await partner.call('POST', '/v1/pins', { accountNumber })
    expect((await partner.call('GET', `/v1/clients/${accountNumber}`)).body).toMatchObject({ canInvoice: false, pin: { state: 'requested' } })
    await vendor.call('POST', `/v1/pins/${body.pin.id}/approve`, {})
    expect(await cardAndInvoice(partner, accountNumber, ATREALT_LINE)).toMatchObject({
      card: { canInvoice: true, requiresPin: true, pin: { state: 'approved' } },
      invoiced: true,
    })
  })
})

describe('the Agat RT client card lets a partner invoice without a registration (AG-3.1, AG-4)', () => {
  let relay: RelayUnderTest
  let vendor: Crm
  beforeAll(async () => {
    relay = await startRelay({ program: 'agat-rt', at: '2026-05-14T10:00:00+03:00' })
    vendor = await relay.vendor()
  })
  afterAll(() => relay.close())

  test('a new partner invoices its registered client, no registration needed: the way to authorization (AG-3.1)', async () => {
    const newcomer = await relay.partner()
    const accountNumber = await registerClient(newcomer)
    expect(await cardAndInvoice(newcomer, accountNumber, AGAT_LINE)).toMatchObject({
      card: { view: 'partner', canInvoice: true, requiresPin: false, pin: null },
      invoiced: true,
    })
  })

  test("the relay sends the program file's English names beside the Russian ones: products, their unit, statuses, the paid lines (AT-4.2)", async () => {
    const partner = await relay.partner()
    const accountNumber = await registerClient(partner)
    const { body: program } = await partner.call('GET', '/v1/program')
    expect(program.products.find((p: any) => p.sku === 'agat-ux-base')).toMatchObject({
      name: 'IP-АТС «Агат UX», базовый комплект',
      nameEn: 'IP PBX «Agat UX», base kit',
      unit: 'шт.',
      unitEn: 'pcs',
    })
    expect(program.statuses.find((s: any) => s.id === 'silver')).toEqual({ id: 'silver', name: 'Серебряный партнёр', nameEn: 'Silver partner' })
    const created = await partner.call('POST', '/v1/invoices', { accountNumber, lines: [AGAT_LINE], clientPaidOn: '2026-05-14' })
    expect(created.status).toBe(201)
    const { body: card } = await partner.call('GET', `/v1/clients/${accountNumber}`)
    expect(card.sublicenses).toEqual([
      expect.objectContaining({ name: 'IP-АТС «Агат UX», базовый комплект', nameEn: 'IP PBX «Agat UX», base kit', quantity: 1, months: null }),
    ])
  })

  test("another partner's client, registered but not its own to see, is not offered (X-5)", async () => {
    const [owner, other] = [await relay.partner(), await relay.partner()]
    const accountNumber = await registerClient(owner)
    expect((await other.call('GET', `/v1/clients/${accountNumber}`)).body).toMatchObject({ client: null, canInvoice: false })
  })

  test('an expelled partner may not, though the client stays its own (AT-4.1, AG-1.5)', async () => {
    const partner = await relay.partner({ status: 'authorized' })
    const accountNumber = await registerClient(partner)
    await repeatViolation(relay, vendor, partner.id, [
      { rule: 'AG-1.5', note: 'Просроченная задолженность' },
      { rule: 'AG-1.5', note: 'Повторная просрочка' },
    ])
    expect((await vendor.call('POST', `/v1/partners/${partner.id}/expel`)).body.partner.state).toBe('expelled')
    expect(await cardAndInvoice(partner, accountNumber, AGAT_LINE)).toMatchObject({
      card: { client: { accountNumber }, canInvoice: false },
      invoiced: false,
      error: { code: 'partner_expelled' },
    })
  })

  test('a Regional distributor may not invoice an end customer (AG-REQ)', async () => {
    const distributor = await relay.partner({ status: 'regional_distributor' })
    const accountNumber = await registerClient(distributor)
    expect(await cardAndInvoice(distributor, accountNumber, AGAT_LINE)).toMatchObject({
      card: { client: { accountNumber }, canInvoice: false },
      invoiced: false,
      error: { code: 'not_entitled', rule: 'AG-REQ' },
    })
  })
})
