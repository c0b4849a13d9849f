import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type RelayUnderTest, registerClient, startRelay } from './support/relay-under-test'

let relay: RelayUnderTest
beforeAll(async () => {
  relay = await startRelay({ program: 'agat-rt' })
})
afterAll(() => relay.close())

const one = (sku: string, quantity = 1) => ({ lines: [{ sku, quantity }] })

describe('the Agat RT program on the same engine (AG-DISC, AG-1.3, AG-1.5)', () => {
  test.each([
    { label: 'unauthorized partner: 15% on Agat UX', status: 'unauthorized', sku: 'agat-ux-base', bps: 1500 },
    { label: 'unauthorized partner: 10% on extra hardware modules', status: 'unauthorized', sku: 'hw-module-fxs8', bps: 1000 },
    { label: 'authorized: 20% on Sprut', status: 'authorized', sku: 'sprut-base', bps: 2000 },
    { label: 'silver: 20% on Olkha boards', status: 'silver', sku: 'olkha-e1', bps: 2000 },
    { label: 'gold: 30% on Agat CU', status: 'gold', sku: 'agat-cu-base', bps: 3000 },
    { label: 'regional distributor: 35% on Sprut-Inform', status: 'regional_distributor', sku: 'sprut-inform-base', bps: 3500 },
    { label: 'silver: joint support at 10%', status: 'silver', sku: 'joint-support-12m', bps: 1000 },
  ])('$label (AG-DISC)', async ({ status, sku, bps }) => {
    const partner = await relay.partner({ status })
    const answer = await partner.call('POST', '/v1/quotes', one(sku))
    expect(answer.status).toBe(200)
    expect(answer.body.lines[0].discountBps).toBe(bps)
    expect(answer.body.lines[0].vatKop).toBeGreaterThan(0)
  })

  test('joint support is not sold to an authorized partner (AG-DISC)', async () => {
    const partner = await relay.partner({ status: 'authorized' })
    const answer = await partner.call('POST', '/v1/invoices', one('joint-support-12m'))
    expect(answer.status).toBe(422)
    expect(answer.body.error).toMatchObject({ code: 'product_not_available', rule: 'AG-DISC' })
  })

  test('a project partner needs a project discount (AG-DISC)', async () => {
    const partner = await relay.partner({ status: 'project_partner' })
    const answer = await partner.call('POST', '/v1/quotes', one('agat-ux-base'))
    expect(answer.body.error).toMatchObject({ code: 'project_discount_missing', rule: 'AG-DISC' })
  })

  test('a partner buys for stock without a client (no pin needed in this program)', async () => {
    const partner = await relay.partner({ status: 'authorized' })
    const answer = await partner.call('POST', '/v1/invoices', one('agat-ux-base', 2))
    expect(answer.status).toBe(201)
    expect(answer.body.invoice).toMatchObject({ accountNumber: null, totals: { listKop: 30_000_000, payableKop: 24_000_000 } })
  })

  test('a pin outside the countries of residence is refused (AG-1.3)', async () => {
    const partner = await relay.partner({ status: 'authorized', countries: ['RU'] })
    const accountNumber = await registerClient(partner, { country: 'KZ' })
    const answer = await partner.call('POST', '/v1/pins', { accountNumber })
    expect(answer.status).toBe(422)
    expect(answer.body.error).toMatchObject({ code: 'outside_territory', rule: 'AG-1.3' })
  })

  test('a violation moves a gold partner one status down for pricing (AG-1.5)', async () => {
    const partner = await relay.partner({ status: 'gold' })
    const vendor = await relay.vendor()
    await vendor.call('POST', `/v1/partners/${partner.id}/violations`, { rule: 'AG-1.5', note: 'Просроченная дебиторская задолженность' })
    const me = await partner.call('GET', '/v1/me')
    expect(me.body.partner).toMatchObject({ status: 'gold', effectiveStatus: 'silver', state: 'restricted' })
    const quote = await partner.call('POST', '/v1/quotes', one('agat-ux-base'))
    expect(quote.body.lines[0].discountBps).toBe(2500)
  })
})

describe('/v1/me says whether a pin request is open, by the check the request runs (AG-4, AT-1.2)', () => {
  test.each([
    { status: 'unauthorized', open: false },
    { status: 'authorized', open: true },
    { status: 'regional_distributor', open: false },
  ])('$status: mayRequestPins $open, and a request does what it says', async ({ status, open }) => {
    const partner = await relay.partner({ status })
    const me = await partner.call('GET', '/v1/me')
    expect(me.body.partner.mayRequestPins).toBe(open)
    const accountNumber = await registerClient(partner)
    const request = await partner.call('POST', '/v1/pins', { accountNumber })
    expect(request.status).toBe(open ? 201 : 403)
  })
})
