import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { invoicesOfClient } from '../src/store/queries/invoices'
import { clientWithPinHistory, clientWithPinsAndInvoices } from '../src/store/queries/pins'
import { pinnedClient, type RelayUnderTest, registerClient, startRelay } from './support/relay-under-test'

let relay: RelayUnderTest
beforeAll(async () => {
  relay = await startRelay({ at: '2026-04-28T10:00:00+03:00' })
})
afterAll(() => relay.close())

const amoLine = (quantity: number, months?: number) => ({ sku: 'atrealt-amocrm', quantity, ...(months === undefined ? {} : { months }) })
const monthly = (sku: string) => Number(relay.deps.program.products.find((p) => p.sku === sku)!.monthlyPriceKop)

describe('quotes and invoices (AT-3.3, AT-5.1, AT-5.2, AT-5.3, X-1)', () => {
  test('quotes at the base discount of 20% with totals that add up exactly (AT-5.2, X-1)', async () => {
    const partner = await relay.partner()
    const { accountNumber } = await pinnedClient(relay, partner)
    const answer = await partner.call('POST', '/v1/quotes', { accountNumber, lines: [amoLine(3, 12), { sku: 'atrealt-crm', quantity: 1, months: 1 }] })
    expect(answer.status).toBe(200)
    const [first, second] = answer.body.lines
    expect(first).toMatchObject({ quantity: 3, months: 12, unitPriceKop: monthly('atrealt-amocrm'), discountBps: 2000 })
    expect(first.listKop).toBe(monthly('atrealt-amocrm') * 36)
    for (const line of answer.body.lines) expect(line.payableKop + line.rewardKop).toBe(line.listKop)
    const { totals } = answer.body
    expect(totals.listKop).toBe(first.listKop + second.listKop)
    expect(totals.payableKop + totals.rewardKop).toBe(totals.listKop)
  })

  test("a partner's current discount above base applies (AT-5.2)", async () => {
    const partner = await relay.partner({ currentDiscountBps: 2500 })
    const { accountNumber } = await pinnedClient(relay, partner)
    const answer = await partner.call('POST', '/v1/quotes', { accountNumber, lines: [amoLine(1, 1)] })
    expect(answer.body.lines[0].discountBps).toBe(2500)
    expect(answer.body.discountSource).toBe('current')
  })

  test.each([
    { label: 'months 0 is refused (AT-5.3)', line: amoLine(1, 0), code: 'invalid_request' },
    { label: 'negative months are refused (AT-5.3)', line: amoLine(1, -1), code: 'invalid_request' },
    { label: 'fractional months are refused (AT-5.3)', line: amoLine(1, 1.5), code: 'invalid_request' },
    { label: 'months past the program maximum are refused (AT-5.3)', line: amoLine(1, 37), code: 'limit_exceeded' },
    { label: 'a monthly product without months is refused (AT-5.3)', line: amoLine(1), code: 'invalid_request' },
    { label: 'quantity 0 is refused', line: amoLine(0, 1), code: 'invalid_request' },
    { label: 'a huge quantity is refused', line: amoLine(1e12, 1), code: 'invalid_request' },
    { label: 'a product outside the program is refused (AT-0)', line: { sku: 'atrealt-telephony', quantity: 1, months: 1 }, code: 'unknown_product' },
    { label: 'a price in the request is refused (AT-3.3)', line: { ...amoLine(1, 1), unitPriceKop: 1 }, code: 'invalid_request' },
  ])('$label', async ({ line, code }) => {
    const partner = await relay.partner()
    const { accountNumber } = await pinnedClient(relay, partner)
    const answer = await partner.call('POST', '/v1/invoices', { accountNumber, lines: [line] })
    expect(answer.body.error.code).toBe(code)
    const invoices = await relay.deps.db.selectFrom('invoices').select('id').where('partner_id', '=', partner.id).execute()
    expect(invoices).toHaveLength(0)
  })

  test('refuses to invoice a client that is not pinned to the partner (AT-1.2)', async () => {
    const partner = await relay.partner()
    const accountNumber = await registerClient(partner)
    await partner.call('POST', '/v1/pins', { accountNumber })
    const answer = await partner.call('POST', '/v1/invoices', { accountNumber, lines: [amoLine(1, 1)] })
    expect(answer.status).toBe(409)
    expect(answer.body.error).toMatchObject({ code: 'not_pinned', rule: 'AT-1.2' })
  })

  test('an invoice gets a number, a deadline from the client payment, and a real PDF (AT-1.6, X-3)', async () => {
    const partner = await relay.partner()
    const { accountNumber } = await pinnedClient(relay, partner)
    const created = await partner.call(
      'POST',
      '/v1/invoices',
      { accountNumber, lines: [amoLine(2, 6)], clientPaidOn: '2026-04-28' },
      { 'idempotency-key': 'inv-1' },
    )
    expect(created.status).toBe(201)
    const { invoice } = created.body
    expect(invoice.number).toMatch(/^2026-\d{6}$/)
    // Paid Tuesday 28 April: 29 and 30 April count, 1–3 May are holidays and a weekend, 4 May is the third.
    expect(invoice).toMatchObject({ state: 'issued', clientPaidOn: '2026-04-28', transferDueOn: '2026-05-04', workingDaysLeft: 3, isOverdue: false })
    const pdf = await partner.call('GET', `/v1/invoices/${invoice.id}/pdf`)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(pdf.body.bytes.subarray(0, 5).toString()).toBe('%PDF-')
  })

  test('the client payment recorded later sets the deadline; the date cannot then move (AT-1.6)', async () => {
    const partner = await relay.partner()
    const { accountNumber } = await pinnedClient(relay, partner)
    const { body } = await partner.call('POST', '/v1/invoices', { accountNumber, lines: [amoLine(1, 1)] })
    expect(body.invoice.transferDueOn).toBeNull()
    const future = await partner.call('POST', `/v1/invoices/${body.invoice.id}/client-payment`, { paidOn: '2026-04-29' })
    expect(future.body.error.code).toBe('invalid_request')
    const paid = await partner.call('POST', `/v1/invoices/${body.invoice.id}/client-payment`, { paidOn: '2026-04-27' })
    expect(paid.body.invoice.transferDueOn).toBe('2026-04-30')
    const moved = await partner.call('POST', `/v1/invoices/${body.invoice.id}/client-payment`, { paidOn: '2026-04-24' })
    expect(moved.body.error.code).toBe('invalid_state')
  })

  test('a retried request with the same Idempotency-Key makes one invoice and one set of postings (X-6)', async () => {
    const partner = await relay.partner()
    const { accountNumber } = await pinnedClient(relay, partner)
    const body = { accountNumber, lines: [amoLine(1, 3)], clientPaidOn: '2026-04-28' }
    const answers = await Promise.all([1, 2, 3].map(() => partner.call('POST', '/v1/invoices', body, { 'idempotency-key': 'double-click' })))
    expect(new Set(answers.map((a) => a.body.invoice.id)).size).toBe(1)
    const invoices = await relay.deps.db.selectFrom('invoices').select('id').where('partner_id', '=', partner.id).execute()
    expect(invoices).toHaveLength(1)
    const transactions = await relay.deps.db.selectFrom('ledger_transactions').select('id').where('invoice_id', '=', invoices[0].id).execute()
    expect(transactions).toHaveLength(2)
    const conflict = await partner.call('POST', '/v1/invoices', { ...body, lines: [amoLine(2, 3)] }, { 'idempotency-key': 'double-click' })
    expect(conflict.status).toBe(409)
    expect(conflict.body.error.code).toBe('idempotency_conflict')
  })

  test('parallel invoices get unique, gapless numbers (X-3)', async () => {
    const partner = await relay.partner()
    const { accountNumber } = await pinnedClient(relay, partner)
    // Twelve of the same lines are deliberate here: the partner has confirmed them as no duplicates.
    const body = { accountNumber, lines: [amoLine(1, 1)], confirmed: ['possible_duplicate'] }
    const answers = await Promise.all(Array.from({ length: 12 }, () => partner.call('POST', '/v1/invoices', body)))
    expect(answers.every((a) => a.status === 201)).toBe(true)
    const all = await relay.deps.db.selectFrom('invoices').select('seq').where('year', '=', 2026).orderBy('seq').execute()
    expect(all.map((r) => r.seq)).toEqual(all.map((_r, i) => i + 1))
  })

  test('voiding keeps the number and reverses the ledger to zero (X-2, X-3)', async () => {
    const partner = await relay.partner()
    const { accountNumber, vendor } = await pinnedClient(relay, partner)
    const { body } = await partner.call('POST', '/v1/invoices', { accountNumber, lines: [amoLine(4, 2)], clientPaidOn: '2026-04-27' })
    const voided = await vendor.call('POST', `/v1/invoices/${body.invoice.id}/void`, { reason: 'Ошибка в количестве' })
    expect(voided.body.invoice).toMatchObject({ state: 'void', number: body.invoice.number, voidReason: 'Ошибка в количестве' })
    const statement = await partner.call('GET', '/v1/ledger')
    expect(Object.values(statement.body.balances).every((b) => b === 0)).toBe(true)
    expect((await vendor.call('POST', `/v1/invoices/${body.invoice.id}/void`, { reason: 'again' })).body.error.code).toBe('invalid_state')
  })

  test('the ledger statement shows postings with running balances (X-2)', async () => {
    const partner = await relay.partner()
    const { accountNumber, vendor } = await pinnedClient(relay, partner)
    const { body } = await partner.call('POST', '/v1/invoices', { accountNumber, lines: [amoLine(1, 1)], clientPaidOn: '2026-04-27' })
    await vendor.call('POST', `/v1/invoices/${body.invoice.id}/transfer`, { receivedOn: '2026-04-28' })
    const page1 = await partner.call('GET', '/v1/ledger?limit=3')
    expect(page1.body.entries).toHaveLength(3)
    const page2 = await partner.call('GET', `/v1/ledger?limit=100&cursor=${page1.body.nextCursor}`)
    const entries = [...page1.body.entries, ...page2.body.entries]
    expect(entries).toHaveLength(7)
    const { listKop, payableKop, rewardKop } = body.invoice.totals
    expect(page2.body.balances).toMatchObject({
      [`partner:${partner.id}:client-receivable`]: 0,
      [`partner:${partner.id}:cash`]: listKop - payableKop,
      [`partner:${partner.id}:vendor-payable`]: 0,
      [`partner:${partner.id}:reward`]: -rewardKop,
    })
    const fromVendor = await vendor.call('GET', `/v1/ledger?partnerId=${partner.id}`)
    expect(fromVendor.body.entries).toHaveLength(7)
  })
})

describe("the card's one statement", () => {
  test('answers the client, its pins and its invoices as the two statements before it did: same rows, same types (X-5)', async () => {
    const partner = await relay.partner()
    const { accountNumber, vendor } = await pinnedClient(relay, partner)
    const issue = async (extra: Record<string, unknown>) =>
      // The same lines again and a late payment date on purpose: confirmed (AT-1.6, X-6).
      (await partner.call('POST', '/v1/invoices', { accountNumber, lines: [amoLine(1, 2)], confirmed: ['possible_duplicate', 'deadline_passed'], ...extra }))
        .body.invoice
    const settled = await issue({ clientPaidOn: '2026-04-27' })
    expect((await vendor.call('POST', `/v1/invoices/${settled.id}/transfer`, { receivedOn: '2026-04-28' })).status).toBe(200)
    const voided = await issue({})
    expect((await vendor.call('POST', `/v1/invoices/${voided.id}/void`, { reason: 'Ошибка в количестве' })).status).toBe(200)
    const overdue = await issue({ clientPaidOn: '2026-04-01' })
    expect(overdue.isOverdue).toBe(true)
    await issue({})
    const db = relay.deps.db
    for (const partnerId of [partner.id, null]) {
      const one = await clientWithPinsAndInvoices(db, accountNumber, partnerId)
      const [client, invoices] = [await clientWithPinHistory(db, accountNumber, partnerId), await invoicesOfClient(db, { accountNumber, partnerId })]
      expect(invoices.map((row) => row.state).sort()).toEqual(['issued', 'issued', 'settled', 'void'])
      expect(one).toEqual({ ...client, invoices })
      for (const row of one!.invoices) {
        expect([row.list_kop, row.reward_kop, row.payable_kop, row.vat_kop].map((kop) => typeof kop)).toEqual(['bigint', 'bigint', 'bigint', 'bigint'])
        expect(row.created_at).toBeInstanceOf(Date)
        expect(typeof row.issued_on).toBe('string')
      }
    }
    expect(await clientWithPinsAndInvoices(db, accountNumber, (await relay.partner()).id)).toMatchObject({ invoices: [] })
  })
})
