import { afterAll, beforeEach, describe, expect, test } from 'vitest'
import { scanOverdue } from '../src/jobs/scan-overdue'
import { type Crm, pinnedClient, type RelayUnderTest, startRelay } from './support/relay-under-test'

let relay: RelayUnderTest
beforeEach(async () => {
  await relay?.close()
  relay = await startRelay({ at: '2026-12-06T10:00:00+03:00' })
})
afterAll(() => relay.close())

const line = { sku: 'atrealt-amocrm', quantity: 1, months: 1 }
const REASON = 'Партнёр ошибся в дате: клиент оплатил 03.12.2026'

/** A partner at 30 % whose client's payment was typed as 01.01.2020 on an invoice of today (and the late date confirmed, AT-1.6), and the overdue pass that followed. */
const mistypedPayment = async () => {
  const partner = await relay.partner({ currentDiscountBps: 3000 })
  const { accountNumber, vendor } = await pinnedClient(relay, partner)
  const issued = await partner.call('POST', '/v1/invoices', { accountNumber, lines: [line] })
  expect(issued.status).toBe(201)
  const paid = await partner.call('POST', `/v1/invoices/${issued.body.invoice.id}/client-payment`, { paidOn: '2020-01-01', confirmed: ['deadline_passed'] })
  expect(paid.status).toBe(200)
  expect((await scanOverdue(relay.deps, relay.clock.now())).raised).toBe(1)
  return { partner, vendor, invoice: paid.body.invoice, accountNumber }
}

/** Every row a correction or a void could touch: a refused request must leave all of them as they were. */
const snapshot = async () => {
  const db = relay.deps.db
  return {
    invoices: await db.selectFrom('invoices').selectAll().orderBy('id').execute(),
    violations: await db.selectFrom('violations').selectAll().orderBy('id').execute(),
    partners: await db.selectFrom('partners').selectAll().orderBy('id').execute(),
    audit: await db.selectFrom('audit_log').select('id').orderBy('id').execute(),
    postings: await db.selectFrom('ledger_postings').select(['id', 'amount_kop']).orderBy('id').execute(),
    keys: await db.selectFrom('idempotency_keys').selectAll().execute(),
  }
}

/** The discount the partner's next quote gets: the base one while restricted (AT-4.1, AT-5.2). */
const discountOf = async (partner: Crm, accountNumber: string) =>
  (await partner.call('POST', '/v1/quotes', { accountNumber, lines: [line] })).body.lines[0].discountBps as number

const correct = (crm: Crm, invoiceId: string, body: unknown) => crm.call('POST', `/v1/invoices/${invoiceId}/client-payment/correction`, body)

describe('vendor staff correct a mistyped client-payment date (AT-1.6 → AT-4.1)', () => {
  test('a far-back date made an overdue violation; the corrected date voids it with the reason and the discount comes back (AT-1.6, AT-4.1)', async () => {
    const { partner, vendor, invoice, accountNumber } = await mistypedPayment()
    expect((await partner.call('GET', '/v1/me')).body.partner).toMatchObject({ state: 'restricted', violations: 1 })
    expect(await discountOf(partner, accountNumber)).toBe(2000)
    const postingsBefore = (await snapshot()).postings

    const answer = await correct(vendor, invoice.id, { paidOn: '2026-12-03', reason: REASON })
    expect(answer.status).toBe(200)
    expect(answer.body.invoice).toMatchObject({ clientPaidOn: '2026-12-03', isOverdue: false })
    expect(answer.body.invoice.transferDueOn >= '2026-12-06').toBe(true)
    expect(answer.body.voidedViolations).toHaveLength(1)
    expect(answer.body.voidedViolations[0]).toMatchObject({ source: 'auto-overdue', invoiceId: invoice.id })
    expect(answer.body.voidedViolations[0].voidReason).toContain(REASON)
    // The void names the date and the deadline before and after, as a code the widget words in either language (AT-1.6, AT-4.1).
    expect(answer.body.before).toEqual({ clientPaidOn: '2020-01-01', transferDueOn: invoice.transferDueOn })
    expect(answer.body.voidedViolations[0].systemVoidReason).toEqual({
      code: 'clientPaymentCorrected',
      params: {
        invoiceNumber: invoice.number,
        paidOnBefore: '2020-01-01',
        paidOn: '2026-12-03',
        dueOnBefore: invoice.transferDueOn,
        dueOn: answer.body.invoice.transferDueOn,
        reason: REASON,
      },
    })
    expect(answer.body.voidedViolations[0].voidReason).toBe(
      `Client payment date corrected from 2020-01-01 to 2026-12-03; transfer deadline moved from ${invoice.transferDueOn} to ${answer.body.invoice.transferDueOn}: ${REASON}`,
    )
    const [listed] = (await partner.call('GET', '/v1/overview')).body.violations
    expect(listed.systemVoidReason).toEqual(answer.body.voidedViolations[0].systemVoidReason)
    expect(answer.body.partner).toMatchObject({ state: 'active', liveViolations: 0 })
    expect((await partner.call('GET', '/v1/me')).body.partner).toMatchObject({ state: 'active', violations: 0 })
    expect(await discountOf(partner, accountNumber)).toBe(3000)

    // The audit trail keeps the date before and after, the reason and who corrected it.
    const audit = await relay.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'invoice.client-payment-corrected').execute()
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ actor_kind: 'vendor', entity_id: invoice.id, reason: REASON })
    expect(audit[0].before).toMatchObject({ clientPaidOn: '2020-01-01' })
    expect(audit[0].after).toMatchObject({ clientPaidOn: '2026-12-03', transferDueOn: answer.body.invoice.transferDueOn })
    // The client payment's postings carry its amount, not its date: the ledger stays as it was.
    expect((await snapshot()).postings).toEqual(postingsBefore)
    // The overdue pass does not raise the voided violation again.
    expect((await scanOverdue(relay.deps, relay.clock.now())).raised).toBe(0)
  })

  test('a corrected date that still makes the transfer late keeps the violation (AT-1.6)', async () => {
    const { partner, vendor, invoice } = await mistypedPayment()
    const answer = await correct(vendor, invoice.id, { paidOn: '2026-11-02', reason: REASON })
    expect(answer.status).toBe(200)
    expect(answer.body.invoice).toMatchObject({ clientPaidOn: '2026-11-02', isOverdue: true })
    expect(answer.body.voidedViolations).toEqual([])
    expect((await partner.call('GET', '/v1/me')).body.partner).toMatchObject({ state: 'restricted', violations: 1 })
  })

  test('a settled invoice gets its on-time state recomputed from the corrected deadline (AT-1.6)', async () => {
    const { partner, vendor, invoice } = await mistypedPayment()
    const settled = await vendor.call('POST', `/v1/invoices/${invoice.id}/transfer`, { receivedOn: '2026-12-06' })
    expect(settled.body.invoice).toMatchObject({ state: 'settled', onTime: false })
    const answer = await correct(vendor, invoice.id, { paidOn: '2026-12-03', reason: REASON })
    expect(answer.body.invoice).toMatchObject({ state: 'settled', onTime: true })
    expect(answer.body.voidedViolations).toHaveLength(1)
    expect((await partner.call('GET', '/v1/me')).body.partner).toMatchObject({ state: 'active', violations: 0 })
  })

  test('a retried correction with the same Idempotency-Key answers the first answer and corrects once (X-6)', async () => {
    const { vendor, invoice } = await mistypedPayment()
    const headers = { 'idempotency-key': 'correction-0001-retry' }
    const first = await vendor.call('POST', `/v1/invoices/${invoice.id}/client-payment/correction`, { paidOn: '2026-12-03', reason: REASON }, headers)
    const again = await vendor.call('POST', `/v1/invoices/${invoice.id}/client-payment/correction`, { paidOn: '2026-12-03', reason: REASON }, headers)
    expect(again.status).toBe(200)
    expect(again.body).toEqual(first.body)
    const audit = await relay.deps.db.selectFrom('audit_log').select('id').where('action', '=', 'invoice.client-payment-corrected').execute()
    expect(audit).toHaveLength(1)
  })

  test('the partner cannot correct (403) and cannot move its own recorded date either (AT-1.6)', async () => {
    const { partner, invoice } = await mistypedPayment()
    const before = await snapshot()
    const refused = await correct(partner, invoice.id, { paidOn: '2026-12-03', reason: REASON })
    expect(refused.status).toBe(403)
    const moved = await partner.call('POST', `/v1/invoices/${invoice.id}/client-payment`, { paidOn: '2026-12-03' })
    expect(moved.status).toBe(409)
    expect(moved.body.error.rule).toBe('AT-1.6')
    expect(await snapshot()).toEqual(before)
  })

  test.each([
    { label: 'a future date', body: { paidOn: '2026-12-07', reason: REASON }, status: 400, code: 'invalid_request', field: 'paidOn' },
    { label: 'a date that does not exist', body: { paidOn: '2026-02-30', reason: REASON }, status: 400, code: 'invalid_request', field: 'paidOn' },
    { label: 'no date', body: { reason: REASON }, status: 400, code: 'invalid_request', field: 'paidOn' },
    { label: 'an empty reason', body: { paidOn: '2026-12-03', reason: '' }, status: 400, code: 'invalid_request', field: 'reason' },
    { label: 'a reason of spaces only', body: { paidOn: '2026-12-03', reason: '   ' }, status: 400, code: 'invalid_request', field: 'reason' },
    { label: 'no reason', body: { paidOn: '2026-12-03' }, status: 400, code: 'invalid_request', field: 'reason' },
    {
      label: 'a control character in the reason',
      body: { paidOn: '2026-12-03', reason: 'опечатка\u0000' },
      status: 400,
      code: 'invalid_request',
      field: 'reason',
    },
    {
      label: 'an unknown field',
      body: { paidOn: '2026-12-03', reason: REASON, clientPaidOn: '2026-12-03' },
      status: 400,
      code: 'invalid_request',
      field: undefined,
    },
    { label: 'the date already recorded', body: { paidOn: '2020-01-01', reason: REASON }, status: 409, code: 'invalid_state', field: 'paidOn' },
  ])('refuses $label and changes nothing (AT-1.6)', async ({ body, status, code, field }) => {
    const { vendor, invoice } = await mistypedPayment()
    const before = await snapshot()
    const refused = await correct(vendor, invoice.id, body)
    expect(refused.status).toBe(status)
    expect(refused.body.error.code).toBe(code)
    if (field) expect(refused.body.error.details.fields.map((f: { path: string }) => f.path)).toContain(field)
    expect(await snapshot()).toEqual(before)
  })

  test('refuses a void invoice (X-3), one with no client payment recorded and an unknown one (AT-1.6), changing nothing', async () => {
    const { partner, vendor, invoice, accountNumber } = await mistypedPayment()
    // The same lines again within minutes: confirmed as no duplicate.
    const unpaid = (await partner.call('POST', '/v1/invoices', { accountNumber, lines: [line], confirmed: ['possible_duplicate'] })).body.invoice
    expect((await vendor.call('POST', `/v1/invoices/${invoice.id}/void`, { reason: 'Выставлен по ошибке' })).status).toBe(200)
    const before = await snapshot()
    const onVoid = await correct(vendor, invoice.id, { paidOn: '2026-12-03', reason: REASON })
    expect(onVoid.status).toBe(409)
    expect(onVoid.body.error).toMatchObject({ code: 'invalid_state', rule: 'X-3' })
    const onUnpaid = await correct(vendor, unpaid.id, { paidOn: '2026-12-03', reason: REASON })
    expect(onUnpaid.status).toBe(409)
    expect(onUnpaid.body.error).toMatchObject({ code: 'invalid_state', rule: 'AT-1.6' })
    expect((await correct(vendor, '00000000-0000-0000-0000-000000000000', { paidOn: '2026-12-03', reason: REASON })).status).toBe(404)
    expect(await snapshot()).toEqual(before)
  })
})

describe('vendor staff void an invoice or a violation through their CRM (X-3, AT-4.1)', () => {
  test('voiding the violation restores the discount; a second void and a partner caller are refused and change nothing (AT-4.1)', async () => {
    const { partner, vendor, accountNumber } = await mistypedPayment()
    const [violation] = (await partner.call('GET', '/v1/overview')).body.violations
    const voided = await vendor.call('POST', `/v1/violations/${violation.id}/void`, { reason: 'Дата оплаты введена с ошибкой' })
    expect(voided.status).toBe(200)
    expect(voided.body.violation.voidReason).toBe('Дата оплаты введена с ошибкой')
    expect(voided.body.partner).toMatchObject({ state: 'active', liveViolations: 0 })
    expect(await discountOf(partner, accountNumber)).toBe(3000)
    const before = await snapshot()
    expect((await vendor.call('POST', `/v1/violations/${violation.id}/void`, { reason: 'ещё раз' })).body.error).toMatchObject({
      code: 'invalid_state',
      rule: 'AT-4.1',
    })
    expect((await partner.call('POST', `/v1/violations/${violation.id}/void`, { reason: 'сам себе' })).status).toBe(403)
    expect((await vendor.call('POST', `/v1/violations/${violation.id}/void`, { reason: '' })).status).toBe(400)
    expect(await snapshot()).toEqual(before)
  })

  test('voiding the invoice keeps its number and reverses its postings; a partner caller, an empty reason and a second void are refused (X-3)', async () => {
    const { partner, vendor, invoice } = await mistypedPayment()
    const before = await snapshot()
    expect((await partner.call('POST', `/v1/invoices/${invoice.id}/void`, { reason: 'сам себе' })).status).toBe(403)
    expect((await vendor.call('POST', `/v1/invoices/${invoice.id}/void`, { reason: ' ' })).status).toBe(400)
    expect(await snapshot()).toEqual(before)
    const voided = await vendor.call('POST', `/v1/invoices/${invoice.id}/void`, { reason: 'Выставлен по ошибке' })
    expect(voided.body.invoice).toMatchObject({ state: 'void', number: invoice.number, voidReason: 'Выставлен по ошибке' })
    const after = await snapshot()
    expect((await vendor.call('POST', `/v1/invoices/${invoice.id}/void`, { reason: 'ещё раз' })).body.error).toMatchObject({
      code: 'invalid_state',
      rule: 'X-3',
    })
    expect(await snapshot()).toEqual(after)
  })
})
