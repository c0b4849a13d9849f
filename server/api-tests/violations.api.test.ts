import { afterAll, beforeEach, describe, expect, test } from 'vitest'
import { scanOverdue } from '../src/jobs/scan-overdue'
import { type Crm, pinnedClient, type RelayUnderTest, repeatViolation, startRelay } from './support/relay-under-test'

let relay: RelayUnderTest
beforeEach(async () => {
  await relay?.close()
  relay = await startRelay({ at: '2026-04-27T10:00:00+03:00' })
})
afterAll(() => relay.close())

const line = { sku: 'atrealt-amocrm', quantity: 1, months: 1 }
const invoicePaidOn = async (partner: Crm, accountNumber: string, paidOn: string) =>
  (await partner.call('POST', '/v1/invoices', { accountNumber, lines: [line], clientPaidOn: paidOn })).body.invoice

describe('violations and partner state (AT-1.6, AT-4.1)', () => {
  test('a transfer not received by its deadline becomes a violation and restricts the partner to the base discount (AT-1.6, AT-4.1)', async () => {
    const partner = await relay.partner({ currentDiscountBps: 3000 })
    const { accountNumber } = await pinnedClient(relay, partner)
    const invoice = await invoicePaidOn(partner, accountNumber, '2026-04-27')
    expect(invoice.transferDueOn).toBe('2026-04-30')
    relay.clock.set('2026-04-30T23:59:00+03:00')
    expect((await scanOverdue(relay.deps, relay.clock.now())).raised).toBe(0)
    relay.clock.set('2026-05-01T00:01:00+03:00')
    expect((await scanOverdue(relay.deps, relay.clock.now())).raised).toBe(1)
    expect((await scanOverdue(relay.deps, relay.clock.now())).raised).toBe(0)
    const me = await partner.call('GET', '/v1/me')
    expect(me.body.partner).toMatchObject({ state: 'restricted', violations: 1 })
    const quote = await partner.call('POST', '/v1/quotes', { accountNumber, lines: [line] })
    expect(quote.body.lines[0].discountBps).toBe(2000)
    expect(quote.body.discountSource).toBe('base-after-violation')
    const card = await partner.call('GET', `/v1/clients/${accountNumber}`)
    expect(card.body.invoices[0]).toMatchObject({ isOverdue: true, workingDaysLeft: -1 })
  })

  test('the overdue violation comes back as a code with its facts, which the widget words; the English note stays for the audit (AT-1.6)', async () => {
    const partner = await relay.partner()
    const { accountNumber, vendor } = await pinnedClient(relay, partner)
    const invoice = await invoicePaidOn(partner, accountNumber, '2026-04-27')
    relay.clock.set('2026-05-01T00:01:00+03:00')
    await scanOverdue(relay.deps, relay.clock.now())
    const systemNote = { code: 'transferOverdue', params: { invoiceNumber: invoice.number, transferDueOn: '2026-04-30' } }
    const overview = await partner.call('GET', '/v1/overview')
    expect(overview.body.violations).toMatchObject([{ source: 'auto-overdue', systemNote }])
    // The facts are the invoice number and an ISO date: nothing in them is English for a Russian screen to show.
    expect(Object.values(overview.body.violations[0].systemNote.params).every((fact) => /^[0-9-]+$/.test(String(fact)))).toBe(true)
    const details = await vendor.call('GET', `/v1/partners/${partner.id}`)
    expect(details.body.violations[0]).toMatchObject({ systemNote, note: `Transfer for invoice ${invoice.number} not received by 2026-04-30` })
    const recorded = await vendor.call('POST', `/v1/partners/${partner.id}/violations`, { rule: 'AT-1.6', note: 'Клиент жалуется на сроки' })
    expect(recorded.body.violation.note).toBe('Клиент жалуется на сроки')
    expect(recorded.body.violation).not.toHaveProperty('systemNote')
  })

  test('a transfer later recorded as received on time voids the automatic violation and restores the partner (AT-1.6)', async () => {
    const partner = await relay.partner()
    const { accountNumber, vendor } = await pinnedClient(relay, partner)
    const invoice = await invoicePaidOn(partner, accountNumber, '2026-04-27')
    relay.clock.set('2026-05-05T09:00:00+03:00')
    await scanOverdue(relay.deps, relay.clock.now())
    expect((await partner.call('GET', '/v1/me')).body.partner.state).toBe('restricted')
    const settled = await vendor.call('POST', `/v1/invoices/${invoice.id}/transfer`, { receivedOn: '2026-04-30' })
    expect(settled.body.invoice).toMatchObject({ state: 'settled', onTime: true })
    expect((await partner.call('GET', '/v1/me')).body.partner).toMatchObject({ state: 'active', violations: 0 })
    const audit = await relay.deps.db.selectFrom('audit_log').select(['action', 'reason']).where('action', '=', 'violation.voided').execute()
    expect(audit[0].reason).toContain('on or before the deadline')
  })

  test('a late transfer keeps the violation, raising it if the scan has not run (AT-1.6)', async () => {
    const partner = await relay.partner()
    const { accountNumber, vendor } = await pinnedClient(relay, partner)
    const invoice = await invoicePaidOn(partner, accountNumber, '2026-04-27')
    relay.clock.set('2026-05-06T09:00:00+03:00')
    const settled = await vendor.call('POST', `/v1/invoices/${invoice.id}/transfer`, { receivedOn: '2026-05-05' })
    expect(settled.body.invoice.onTime).toBe(false)
    const details = await vendor.call('GET', `/v1/partners/${partner.id}`)
    expect(details.body.violations).toMatchObject([{ source: 'auto-overdue', rule: 'AT-1.6', invoiceNumber: invoice.number }])
  })

  test('a repeat violation makes expulsion pending; confirming it releases every pin and lists the clients (AT-4.1, AT-4.3)', async () => {
    const partner = await relay.partner()
    const { accountNumber, vendor } = await pinnedClient(relay, partner)
    const second = await repeatViolation(relay, vendor, partner.id, [
      { rule: 'AT-3.2', note: 'Демо-аккаунт передан клиенту' },
      { rule: 'AT-3.1', note: 'Представлялся сотрудником вендора' },
    ])
    expect(second.status).toBe(201)
    expect(second.body.partner.state).toBe('expulsion_pending')
    const expelled = await vendor.call('POST', `/v1/partners/${partner.id}/expel`)
    expect(expelled.body.partner.state).toBe('expelled')
    expect(expelled.body.releasedPins).toMatchObject([{ accountNumber, state: 'released', reason: 'partner-expelled' }])
    expect(expelled.body.affectedClients).toMatchObject([{ accountNumber }])
    const refused = await partner.call('POST', '/v1/invoices', { accountNumber, lines: [line] })
    expect(refused.status).toBe(403)
    expect(refused.body.error).toMatchObject({ code: 'partner_expelled', rule: 'AT-4.1' })
    const overview = await vendor.call('GET', '/v1/overview')
    expect(overview.body.expelledClients).toMatchObject([{ accountNumber, partnerId: partner.id }])
  })

  test('voiding one of two violations resolves a pending expulsion back to restricted (AT-4.1)', async () => {
    const partner = await relay.partner()
    const vendor = await relay.vendor()
    const second = await repeatViolation(relay, vendor, partner.id, [
      { rule: 'AT-3.4', note: 'Отзыв' },
      { rule: 'AT-3.1', note: 'Звонок' },
    ])
    expect(second.body.partner.state).toBe('expulsion_pending')
    const voided = await vendor.call('POST', `/v1/violations/${second.body.violation.id}/void`, { reason: 'Записано по ошибке' })
    expect(voided.body.partner.state).toBe('restricted')
    expect(voided.body.violation.voidReason).toBe('Записано по ошибке')
    expect((await vendor.call('POST', `/v1/partners/${partner.id}/expel`)).body.error.code).toBe('invalid_state')
  })
})
