import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { pinnedClient, type RelayUnderTest, startRelay } from './support/relay-under-test'

let relay: RelayUnderTest
beforeAll(async () => {
  relay = await startRelay({ at: '2026-01-20T10:00:00+03:00' })
})
afterAll(() => relay.close())

const paidInvoice = async (
  crm: Awaited<ReturnType<RelayUnderTest['partner']>>,
  accountNumber: string,
  line: { sku: string; quantity: number; months: number },
  paidOn: string,
  confirmed = ['deadline_passed'],
) => {
  const answer = await crm.call('POST', '/v1/invoices', { accountNumber, lines: [line], clientPaidOn: paidOn, confirmed })
  if (answer.status !== 201) throw new Error(JSON.stringify(answer.body))
  return answer.body.invoice
}

describe('renewals (AT-1.6 prolongation)', () => {
  test('lists the partner’s terms ending in 60 days, soonest first, with the next term after a month end', async () => {
    const partner = await relay.partner({ name: 'ООО «Продление»' })
    const soon = await pinnedClient(relay, partner)
    const later = await pinnedClient(relay, partner)
    const far = await pinnedClient(relay, partner)
    // Paid 31 December for 1 month: the term ends 30 January, the renewal runs 31 January – 27 February.
    await paidInvoice(partner, soon.accountNumber, { sku: 'atrealt-amocrm', quantity: 3, months: 1 }, '2025-12-31')
    await paidInvoice(partner, later.accountNumber, { sku: 'atrealt-crm', quantity: 1, months: 2 }, '2026-01-15')
    await paidInvoice(partner, far.accountNumber, { sku: 'atrealt-crm', quantity: 1, months: 12 }, '2026-01-15')
    const answer = await partner.call('GET', '/v1/renewals')
    expect(answer.status).toBe(200)
    expect(answer.body.days).toBe(60)
    expect(answer.body.renewals.map((r: any) => [r.accountNumber, r.sku, r.quantity, r.months, r.paidThrough, r.daysLeft, r.next])).toEqual([
      [soon.accountNumber, 'atrealt-amocrm', 3, 1, '2026-01-30', 10, { startsOn: '2026-01-31', endsOn: '2026-02-27' }],
      [later.accountNumber, 'atrealt-crm', 1, 2, '2026-03-14', 53, { startsOn: '2026-03-15', endsOn: '2026-05-14' }],
    ])
    expect(answer.body.renewals[0]).toMatchObject({ clientName: 'ООО «Клиент»', partnerName: 'ООО «Продление»' })
  })

  test('the prefilled renewal makes an invoice whose term starts the day after the current one ends', async () => {
    const partner = await relay.partner()
    const { accountNumber } = await pinnedClient(relay, partner)
    await paidInvoice(partner, accountNumber, { sku: 'atrealt-amocrm', quantity: 2, months: 1 }, '2025-12-31')
    const [renewal] = (await partner.call('GET', '/v1/renewals')).body.renewals
    await paidInvoice(partner, accountNumber, { sku: renewal.sku, quantity: renewal.quantity, months: renewal.months }, '2026-01-20', ['possible_duplicate'])
    const card = await partner.call('GET', `/v1/clients/${accountNumber}`)
    expect(card.body.sublicenses.at(-1)).toMatchObject({ paidFrom: renewal.next.startsOn, paidThrough: renewal.next.endsOn })
    // Renewed: the term that was ending is no longer listed, the renewed one (ending 27 February, 38 days away) is.
    const after = (await partner.call('GET', '/v1/renewals')).body.renewals.filter((r: any) => r.accountNumber === accountNumber)
    expect(after.map((r: any) => r.paidThrough)).toEqual([renewal.next.endsOn])
  })

  test('a partner sees only its own clients; vendor staff see every partner’s (X-5)', async () => {
    const mine = await relay.partner()
    const other = await relay.partner({ name: 'ООО «Другой»' })
    const own = await pinnedClient(relay, mine)
    const theirs = await pinnedClient(relay, other)
    await paidInvoice(mine, own.accountNumber, { sku: 'atrealt-amocrm', quantity: 1, months: 1 }, '2026-01-10')
    await paidInvoice(other, theirs.accountNumber, { sku: 'atrealt-amocrm', quantity: 1, months: 1 }, '2026-01-10')
    const seen = (await mine.call('GET', '/v1/renewals')).body.renewals.map((r: any) => r.accountNumber)
    expect(seen).toContain(own.accountNumber)
    expect(seen).not.toContain(theirs.accountNumber)
    const staff = (await own.vendor.call('GET', '/v1/renewals')).body.renewals
    expect(staff.find((r: any) => r.accountNumber === theirs.accountNumber)).toMatchObject({ partnerId: other.id, partnerName: 'ООО «Другой»' })
  })

  test('refuses a caller without credentials and changes nothing', async () => {
    const answer = await relay.request('GET', '/v1/renewals')
    expect(answer.status).toBe(401)
    expect(answer.body.error.code).toBeTruthy()
  })
})
