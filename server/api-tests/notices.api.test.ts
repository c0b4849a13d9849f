import { afterAll, beforeEach, describe, expect, test } from 'vitest'
import { noticeReminders } from '../src/jobs/notice-reminders'
import { type Crm, pinnedClient, type RelayUnderTest, registerClient, startRelay } from './support/relay-under-test'

let relay: RelayUnderTest
beforeEach(async () => {
  await relay?.close()
  relay = await startRelay({ at: '2026-04-24T10:00:00+03:00' })
})
afterAll(() => relay.close())

const line = { sku: 'atrealt-amocrm', quantity: 1, months: 1 }
type Notice = { id: string; kind: string; rule: string | null; facts: Record<string, unknown>; link: unknown; readAt: string | null }
const noticesOf = async (crm: Crm) => (await crm.call('GET', '/v1/notices')).body as { notices: Notice[]; unread: number }
const kindsOf = async (crm: Crm) => (await noticesOf(crm)).notices.map((notice) => notice.kind)
const passOn = async (iso: string) => {
  relay.clock.set(iso)
  await noticeReminders(relay.deps, relay.clock.now())
}

describe('notices of a transfer (AT-1.6)', () => {
  test('the client’s payment recorded tells the partner what to transfer and by when, linked to the card', async () => {
    const partner = await relay.partner()
    const { accountNumber } = await pinnedClient(relay, partner)
    const invoice = (await partner.call('POST', '/v1/invoices', { accountNumber, lines: [line] })).body.invoice
    expect((await partner.call('POST', `/v1/invoices/${invoice.id}/client-payment`, { paidOn: '2026-04-24' })).status).toBe(200)

    const { notices, unread } = await noticesOf(partner)
    expect(notices[0]).toMatchObject({
      kind: 'transfer.due',
      rule: 'AT-1.6',
      facts: { invoiceNumber: invoice.number, accountNumber, clientName: 'ООО «Клиент»', amountKop: invoice.totals.payableKop, dueOn: '2026-04-29' },
      link: { screen: 'card', accountNumber },
      readAt: null,
    })
    expect(unread).toBe(2) // the pin approved, and this
    // Recorded again (a replay), the payment tells nobody twice.
    await partner.call('POST', `/v1/invoices/${invoice.id}/client-payment`, { paidOn: '2026-04-24' })
    expect((await kindsOf(partner)).filter((kind) => kind === 'transfer.due')).toHaveLength(1)
  })

  test('reminders fire on their working day once each, across the weekend, and stop once the transfer is recorded', async () => {
    const partner = await relay.partner()
    const other = await relay.partner()
    const vendor = await relay.vendor()
    const { accountNumber } = await pinnedClient(relay, partner)
    // Paid on Friday 24.04.2026: three working days on, the deadline is Wednesday 29.04.
    const invoice = (await partner.call('POST', '/v1/invoices', { accountNumber, lines: [line], clientPaidOn: '2026-04-24' })).body.invoice
    expect(invoice.transferDueOn).toBe('2026-04-29')

    await passOn('2026-04-25T12:00:00+03:00') // Saturday
    await passOn('2026-04-27T09:00:00+03:00') // Monday: two working days before
    expect(await kindsOf(partner)).not.toContain('transfer.dueSoon')
    // Tuesday, one working day before: two relays pass at once, and the reminder is made once.
    relay.clock.set('2026-04-28T00:00:30+03:00')
    await Promise.all([noticeReminders(relay.deps, relay.clock.now()), noticeReminders(relay.deps, relay.clock.now())])
    await passOn('2026-04-28T18:00:00+03:00')
    expect((await kindsOf(partner)).filter((kind) => kind === 'transfer.dueSoon')).toHaveLength(1)
    await passOn('2026-04-29T00:00:10+03:00')
    expect((await noticesOf(partner)).notices[0]).toMatchObject({ kind: 'transfer.dueToday', facts: { dueOn: '2026-04-29', invoiceNumber: invoice.number } })

    // The card names the most urgent transfer in a line.
    expect((await partner.call('GET', `/v1/clients/${accountNumber}`)).body.notice).toEqual({
      kind: 'transfer.dueToday',
      facts: { invoiceNumber: invoice.number, accountNumber, amountKop: invoice.totals.payableKop, dueOn: '2026-04-29' },
    })
    await passOn('2026-04-30T08:00:00+03:00')
    expect((await kindsOf(partner))[0]).toBe('transfer.overdue')
    expect(await kindsOf(vendor)).toContain('staff.transferOverdue')
    expect(await kindsOf(other)).toEqual([])

    // The transfer recorded: its notices are read, and no pass tells of it again.
    expect((await vendor.call('POST', `/v1/invoices/${invoice.id}/transfer`, { receivedOn: '2026-04-30' })).status).toBe(200)
    const after = await noticesOf(partner)
    expect(after.notices.filter((notice) => notice.kind.startsWith('transfer.') && notice.readAt === null)).toEqual([])
    expect((await partner.call('GET', `/v1/clients/${accountNumber}`)).body.notice).toBeNull()
    const count = after.notices.length
    await passOn('2026-05-04T09:00:00+03:00')
    expect((await noticesOf(partner)).notices).toHaveLength(count)
  })
})

describe('notices of pins (AT-1.2, AT-1.2a, AT-4.4)', () => {
  test('staff are told of a request, and of it undecided past 10 working days; the partner of the decision with its reason', async () => {
    relay.clock.set('2026-11-02T10:00:00+03:00')
    const partner = await relay.partner()
    const vendor = await relay.vendor()
    const accountNumber = await registerClient(partner)
    const { body } = await partner.call('POST', '/v1/pins', { accountNumber })
    expect((await noticesOf(vendor)).notices[0]).toMatchObject({
      kind: 'staff.pinRequested',
      facts: { accountNumber },
      link: { screen: 'card', accountNumber },
    })

    // 4 November is no working day: the tenth working day is 17.11, overdue from the 18th.
    await passOn('2026-11-17T18:00:00+03:00')
    expect(await kindsOf(vendor)).not.toContain('staff.pinUndecided')
    await passOn('2026-11-18T09:00:00+03:00')
    await passOn('2026-11-19T09:00:00+03:00')
    expect((await kindsOf(vendor)).filter((kind) => kind === 'staff.pinUndecided')).toHaveLength(1)

    await vendor.call('POST', `/v1/pins/${body.pin.id}/reject`, { reason: 'Клиент работает с другим партнёром' })
    expect((await noticesOf(partner)).notices[0]).toMatchObject({
      kind: 'pin.rejected',
      rule: 'AT-1.2',
      facts: { reason: 'Клиент работает с другим партнёром' },
    })
    // The decision is made: staff's notices of it are read.
    expect((await noticesOf(vendor)).unread).toBe(0)
  })
})

describe('marking notices read', () => {
  test('the listed ids or all; an id not the caller’s (unknown, another partner’s) or a bad one refuses and changes nothing', async () => {
    const partner = await relay.partner()
    const other = await relay.partner()
    await pinnedClient(relay, partner)
    await pinnedClient(relay, other)
    const [own] = (await noticesOf(partner)).notices
    const [theirs] = (await noticesOf(other)).notices

    for (const body of [{ ids: [own.id, theirs.id] }, { ids: [own.id, '999999999'] }]) {
      const refused = await partner.call('POST', '/v1/notices/read', body)
      expect(refused.status).toBe(404)
      expect(refused.body.error).toMatchObject({ code: 'not_found' })
    }
    for (const body of [{ ids: ['1\u0000'] }, { ids: [] }, { ids: ['abc'] }, {}, { all: false }, { ids: [own.id], all: true }]) {
      expect((await partner.call('POST', '/v1/notices/read', body)).status).toBe(400)
    }
    expect((await noticesOf(partner)).unread).toBe(1)
    expect((await noticesOf(other)).unread).toBe(1)

    const marked = await partner.call('POST', '/v1/notices/read', { ids: [own.id] })
    expect(marked.body).toEqual({ unread: 0 })
    expect((await noticesOf(partner)).notices[0].readAt).not.toBeNull()
    expect((await other.call('POST', '/v1/notices/read', { all: true })).body).toEqual({ unread: 0 })
  })
})
