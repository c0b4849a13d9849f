import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { scanOverdue } from '../src/jobs/scan-overdue'
import { type Crm, pinnedClient, type RelayUnderTest, registerClient, repeatViolation, startRelay } from './support/relay-under-test'

let relay: RelayUnderTest
afterEach(() => relay?.close())

const line = (months: number) => ({ sku: 'atrealt-amocrm', quantity: 1, months })
const REPEAT = [
  { rule: 'AT-3.2', note: 'Демо-аккаунт передан клиенту' },
  { rule: 'AT-3.1', note: 'Представлялся сотрудником вендора' },
] as [{ rule: string; note: string }, { rule: string; note: string }]

/** An ATRealt partner holding a pinned client with an invoice awaiting the client's payment, then pending expulsion. */
const pendingPartner = async () => {
  const partner = await relay.partner()
  const { accountNumber, vendor } = await pinnedClient(relay, partner)
  const invoice = (await partner.call('POST', '/v1/invoices', { accountNumber, lines: [line(1)] })).body.invoice
  const second = await repeatViolation(relay, vendor, partner.id, REPEAT)
  expect(second.body.partner.state).toBe('expulsion_pending')
  return { partner, vendor, accountNumber, invoice }
}

const outboxOf = (kind: string) => relay.deps.db.selectFrom('outbox').select(['to_email', 'subject', 'body']).where('kind', '=', kind).execute()

describe('while expulsion is pending: no new business, the money still owed goes on (AT-4.1, AT-1.6)', () => {
  test('refuses new clients and pins with partner_expulsion_pending and writes nothing (AT-4.1)', async () => {
    relay = await startRelay({ at: '2026-04-27T10:00:00+03:00' })
    const { partner } = await pendingPartner()
    const free = await registerClient(await relay.partner())

    const client = await partner.call('POST', '/v1/clients', { accountNumber: '71000001', name: 'ООО «Новый»' })
    expect(client.status).toBe(403)
    expect(client.body.error).toMatchObject({ code: 'partner_expulsion_pending', rule: 'AT-4.1' })
    expect((await partner.call('GET', '/v1/clients/71000001')).status).toBe(404)

    const pin = await partner.call('POST', '/v1/pins', { accountNumber: free })
    expect(pin.status).toBe(403)
    expect(pin.body.error).toMatchObject({ code: 'partner_expulsion_pending', rule: 'AT-4.1' })
    const pins = await relay.deps.db.selectFrom('pins').select('id').where('account_number', '=', free).execute()
    expect(pins).toEqual([])

    // The card says it before the partner tries, and /v1/me offers no pin requests (AT-4.1).
    expect((await partner.call('GET', `/v1/clients/${free}`)).body.pinRefusal).toMatchObject({ code: 'partner_expulsion_pending', rule: 'AT-4.1' })
    expect((await partner.call('GET', '/v1/me')).body.partner).toMatchObject({ state: 'expulsion_pending', mayRequestPins: false })
  })

  test('bad input is refused as bad input first, and still writes nothing (AT-4.1)', async () => {
    relay = await startRelay({ at: '2026-04-27T10:00:00+03:00' })
    const { partner } = await pendingPartner()
    const malformed = await partner.call('POST', '/v1/clients', { accountNumber: 'abc' })
    expect(malformed.status).toBe(400)
    expect(malformed.body.error.code).toBe('invalid_request')
    const clients = await relay.deps.db.selectFrom('clients').select('account_number').where('account_number', '=', 'abc').execute()
    expect(clients).toEqual([])
  })

  test('invoices and client payments for its own clients go on; staff see it on top and what it owes (AT-1.6, AT-4.1)', async () => {
    relay = await startRelay({ at: '2026-04-27T10:00:00+03:00' })
    const calm = await relay.partner({ name: 'ААА «Первый по алфавиту»' })
    const { partner, vendor, accountNumber, invoice } = await pendingPartner()

    const another = await partner.call('POST', '/v1/invoices', { accountNumber, lines: [line(2)] })
    expect(another.status).toBe(201)
    const paid = await partner.call('POST', `/v1/invoices/${invoice.id}/client-payment`, { paidOn: '2026-04-28' })
    expect(paid.status).toBe(200)
    expect(paid.body.invoice.transferDueOn).toBeTruthy()

    const overview = (await vendor.call('GET', '/v1/overview')).body
    expect(overview.partners[0]).toMatchObject({ id: partner.id, state: 'expulsion_pending' })
    expect(overview.partners.map((p: { id: string }) => p.id)).toContain(calm.id)
    expect(overview.expelledReceivables.map((i: { id: string }) => i.id).sort()).toEqual([invoice.id, another.body.invoice.id].sort())
  })
})

describe('an expelled partner still records its client payments: the money is owed (AT-1.6, AT-4.1)', () => {
  test('the payment is taken, the transfer deadline runs, and staff see the invoice as owed by an expelled partner', async () => {
    relay = await startRelay({ at: '2026-04-27T10:00:00+03:00' })
    const { partner, vendor, invoice } = await pendingPartner()
    expect((await vendor.call('POST', `/v1/partners/${partner.id}/expel`)).body.partner.state).toBe('expelled')

    const future = await partner.call('POST', `/v1/invoices/${invoice.id}/client-payment`, { paidOn: '2026-05-30' })
    expect(future.status).toBe(400)
    expect((await partner.call('GET', `/v1/invoices/${invoice.id}`)).body.invoice.clientPaidOn).toBeNull()

    const paid = await partner.call('POST', `/v1/invoices/${invoice.id}/client-payment`, { paidOn: '2026-04-28' })
    expect(paid.status).toBe(200)
    expect(paid.body.invoice).toMatchObject({ clientPaidOn: '2026-04-28', transferDueOn: '2026-05-04' })

    const overview = (await vendor.call('GET', '/v1/overview')).body
    expect(overview.expelledReceivables).toMatchObject([{ id: invoice.id, partnerId: partner.id, transferDueOn: '2026-05-04' }])

    // The deadline runs: missed, it is overdue like any other, and the partner stays expelled.
    relay.clock.set('2026-05-06T09:00:00+03:00')
    expect((await scanOverdue(relay.deps, relay.clock.now())).raised).toBe(1)
    expect((await vendor.call('GET', `/v1/partners/${partner.id}`)).body.partner.state).toBe('expelled')
  })
})

describe('episodes: a repeat violation is one committed after the partner was told (AT-4.1)', () => {
  /** Three invoices whose clients paid long ago, so all three are overdue when the scan first runs. */
  const threeBackDated = async (partner: Crm, accountNumber: string) => {
    for (const [months, paidOn] of [
      [1, '2026-04-01'],
      [2, '2026-04-06'],
      [3, '2026-04-13'],
    ] as const) {
      const made = await partner.call('POST', '/v1/invoices', { accountNumber, lines: [line(months)], clientPaidOn: paidOn, confirmed: ['deadline_passed'] })
      expect(made.status).toBe(201)
    }
  }

  test('three back-dated invoices found overdue in one scan are one episode: restricted, not sent to expulsion (AT-4.1)', async () => {
    relay = await startRelay({ at: '2026-04-27T10:00:00+03:00' })
    const partner = await relay.partner({ email: 'late@example.ru' })
    const { accountNumber, vendor } = await pinnedClient(relay, partner)
    await threeBackDated(partner, accountNumber)

    expect((await scanOverdue(relay.deps, relay.clock.now())).raised).toBe(3)
    const details = (await vendor.call('GET', `/v1/partners/${partner.id}`)).body
    expect(details.violations).toHaveLength(3)
    expect(details.partner).toMatchObject({ state: 'restricted', liveViolations: 3 })
    // Each is on record and the partner is told of each: the notice after which a repeat counts.
    const mail = await outboxOf('violation.recorded')
    expect(mail).toHaveLength(3)
    expect(mail[0]).toMatchObject({ to_email: 'late@example.ru' })
    expect(mail[0].subject).toContain('п. 1.6 Правил')

    // A transfer missed after that notice is a repeat: now expulsion is pending.
    relay.clock.set('2026-04-28T10:00:00+03:00')
    const after = await partner.call('POST', '/v1/invoices', { accountNumber, lines: [line(4)], clientPaidOn: '2026-04-28' })
    expect(after.status).toBe(201)
    relay.clock.set('2026-05-15T09:00:00+03:00')
    expect((await scanOverdue(relay.deps, relay.clock.now())).raised).toBe(1)
    expect((await vendor.call('GET', `/v1/partners/${partner.id}`)).body.partner.state).toBe('expulsion_pending')
  })

  test('with repeatCountsAfter "violation" the same scan sends the partner to expulsion (AT-4.1)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'program-')), 'atrealt-strict.json')
    const program = JSON.parse(readFileSync(new URL('../programs/atrealt.json', import.meta.url), 'utf8'))
    writeFileSync(file, JSON.stringify({ ...program, violations: { ...program.violations, repeatCountsAfter: 'violation' } }))
    relay = await startRelay({ program: file, at: '2026-04-27T10:00:00+03:00' })
    const partner = await relay.partner()
    const { accountNumber, vendor } = await pinnedClient(relay, partner)
    await threeBackDated(partner, accountNumber)
    await scanOverdue(relay.deps, relay.clock.now())
    expect((await vendor.call('GET', `/v1/partners/${partner.id}`)).body.partner.state).toBe('expulsion_pending')
  })

  test('a program with another repeatCountsAfter is refused at start, naming the field', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'program-')), 'atrealt-bad.json')
    const program = JSON.parse(readFileSync(new URL('../programs/atrealt.json', import.meta.url), 'utf8'))
    writeFileSync(file, JSON.stringify({ ...program, violations: { ...program.violations, repeatCountsAfter: 'never' } }))
    await expect(startRelay({ program: file })).rejects.toThrow(/violations\.repeatCountsAfter/)
  })
})

describe('Agat RT: pending exclusion cites AG-1.5', () => {
  test('no new clients, client or project registrations, renewals or vendor leads while exclusion is pending (AG-1.5)', async () => {
    relay = await startRelay({ program: 'agat-rt', at: '2026-05-14T10:00:00+03:00' })
    const vendor = await relay.vendor()
    const gold = await relay.partner({ status: 'gold' })
    const free = await registerClient(await relay.partner({ status: 'gold' }))
    const held = await vendor.call('POST', '/v1/leads', { partnerId: gold.id, accountNumber: '91000003', name: 'АО «Прежний»', email: 'old@client.example.ru' })
    expect(held.status).toBe(201)
    const second = await repeatViolation(relay, vendor, gold.id, [
      { rule: 'AG-1.5', note: 'Просроченная дебиторская задолженность' },
      { rule: 'AG-1.5', note: 'Повторная просрочка' },
    ])
    expect(second.body.partner.state).toBe('expulsion_pending')
    const refusals = [
      await gold.call('POST', '/v1/clients', { accountNumber: '91000001', name: 'АО «Заказчик»' }),
      await gold.call('POST', '/v1/pins', { accountNumber: free }),
      await gold.call('POST', '/v1/projects', { accountNumber: free, projectName: 'Тендер' }),
      await vendor.call('POST', '/v1/leads', { partnerId: gold.id, accountNumber: '91000002', name: 'АО «Запрос»', email: 'lead@client.example.ru' }),
      await gold.call('POST', `/v1/registrations/${held.body.registration.id}/renewal`, { note: 'Сделка продолжается' }),
    ]
    for (const refused of refusals) {
      expect(refused.status).toBe(403)
      expect(refused.body.error).toMatchObject({ code: 'partner_expulsion_pending', rule: 'AG-1.5' })
    }
    expect((await gold.call('GET', `/v1/partners/${gold.id}/status`)).body).toMatchObject({ partnerState: 'expulsion_pending', statusRule: 'AG-1.5' })
    expect((await gold.call('GET', '/v1/me')).body).toMatchObject({ program: { statusRule: 'AG-1.5' }, partner: { mayRequestPins: false } })
    const registrations = await relay.deps.db.selectFrom('pins').select('account_number').where('partner_id', '=', gold.id).execute()
    expect(registrations).toEqual([{ account_number: '91000003' }])
    expect(await relay.deps.db.selectFrom('renewal_requests').select('id').execute()).toEqual([])
  })
})
