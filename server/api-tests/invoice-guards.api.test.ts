import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { testDbKind } from '../../test/support/test-db'
import { type Crm, pinnedClient, type RelayUnderTest, startRelay } from './support/relay-under-test'
import { amoToken } from './support/tokens'

const NOW = '2026-12-06T10:00:00+03:00'
let relay: RelayUnderTest
beforeAll(async () => {
  relay = await startRelay({ at: NOW })
})
afterAll(() => relay.close())

/** Row counts of every table an invoice or a payment could touch: a refusal must leave them as they were. */
const snapshot = async () => {
  const counts: Record<string, number> = {}
  for (const table of ['invoices', 'invoice_counters', 'ledger_postings', 'audit_log', 'idempotency_keys', 'violations'] as const) {
    const { n } = await relay.deps.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow()
    counts[table] = Number(n)
  }
  const paid = await relay.deps.db.selectFrom('invoices').select(['id', 'client_paid_on', 'transfer_due_on']).orderBy('id').execute()
  return { counts, paid }
}

/**
 * Sends the requests while a transaction of the test holds the invoice counter's row, and lets go
 * once two sessions wait on a lock: both twins are then inside their transactions at once.
 */
const heldAtTheCounter = async <T>(send: () => Promise<T>[]) => {
  let sent: Promise<T>[] = []
  await relay.deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('invoice_counters')
      .values({ series: 'invoice', year: 2026, last_seq: 0 })
      .onConflict((oc) => oc.columns(['series', 'year']).doUpdateSet((eb) => ({ last_seq: eb.ref('invoice_counters.last_seq') })))
      .execute()
    sent = send()
    await expect
      .poll(
        async () =>
          (
            await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
              where datname = current_database() and wait_event_type = 'Lock'`.execute(relay.deps.db)
          ).rows[0]?.n,
        { timeout: 20_000, interval: 50 },
      )
      .toBe(2)
  })
  return Promise.all(sent)
}

const amo = (quantity: number, months: number) => ({ sku: 'atrealt-amocrm', quantity, months })
const setup = async () => {
  const partner = await relay.partner()
  const { accountNumber } = await pinnedClient(relay, partner)
  return { partner, accountNumber }
}
const expectRefusedUnchanged = async (call: () => Promise<{ status: number; body: any }>, status: number, code: string) => {
  const before = await snapshot()
  const answer = await call()
  expect(answer.status).toBe(status)
  expect(answer.body.error.code).toBe(code)
  expect(await snapshot()).toEqual(before)
  return answer.body.error
}

describe('program limits per product (AT-5.3)', () => {
  test('the program response gives each product its limits and the program its guards', async () => {
    const { partner } = await setup()
    const { body } = await partner.call('GET', '/v1/program')
    expect(body.products.find((p: { sku: string }) => p.sku === 'atrealt-amocrm')).toMatchObject({ maxQuantity: 1000, maxMonths: 36 })
    expect(body.guards).toEqual({ confirmTotalAboveKop: 100_000_000, duplicateWindowMinutes: 10 })
  })

  test.each([
    { label: 'sublicenses above the product limit', line: amo(1001, 12), field: 'quantity', limit: 1000 },
    { label: "the tester's 100 000 sublicenses × 36 months", line: amo(100_000, 36), field: 'quantity', limit: 1000 },
    { label: 'months above the product limit', line: amo(1, 37), field: 'months', limit: 36 },
  ])('$label are refused with limit_exceeded naming product, field and limit, on quote and invoice alike (AT-5.3)', async ({ line, field, limit }) => {
    const { partner, accountNumber } = await setup()
    for (const path of ['/v1/quotes', '/v1/invoices']) {
      const error = await expectRefusedUnchanged(() => partner.call('POST', path, { accountNumber, lines: [line] }), 422, 'limit_exceeded')
      expect(error).toMatchObject({
        rule: 'AT-5.3',
        details: { sku: 'atrealt-amocrm', product: expect.stringContaining('amoCRM'), field, limit, path: `lines.0.${field}` },
      })
    }
  })

  test('the limits themselves are accepted (AT-5.3)', async () => {
    const { partner, accountNumber } = await setup()
    const answer = await partner.call('POST', '/v1/quotes', { accountNumber, lines: [amo(1000, 1), amo(1, 36)] })
    expect(answer.status).toBe(200)
  })
})

describe('warnings the partner confirms before invoicing (AT-1.6, AT-5.1, X-6)', () => {
  test('a client payment whose transfer deadline has passed warns with the deadline (AT-1.6)', async () => {
    const { partner, accountNumber } = await setup()
    const quote = await partner.call('POST', '/v1/quotes', { accountNumber, lines: [amo(3, 12)], clientPaidOn: '2026-01-01' })
    expect(quote.status).toBe(200)
    // Paid on a holiday: 12, 13 and 14 January are the three working days of the 2026 calendar.
    expect(quote.body.warnings).toEqual([{ code: 'deadline_passed', rule: 'AT-1.6', paidOn: '2026-01-01', dueOn: '2026-01-14' }])
  })

  test('a recent payment date or none warns of nothing (AT-1.6)', async () => {
    const { partner, accountNumber } = await setup()
    for (const clientPaidOn of ['2026-12-04', undefined]) {
      const quote = await partner.call('POST', '/v1/quotes', { accountNumber, lines: [amo(3, 12)], clientPaidOn })
      expect(quote.body.warnings).toEqual([])
    }
  })

  test('an invoice with a passed deadline is refused until confirmed, then made (AT-1.6)', async () => {
    const { partner, accountNumber } = await setup()
    const body = { accountNumber, lines: [amo(3, 12)], clientPaidOn: '2026-01-01' }
    const error = await expectRefusedUnchanged(() => partner.call('POST', '/v1/invoices', body, { 'idempotency-key': 'late-1' }), 409, 'confirmation_required')
    expect(error).toMatchObject({ rule: 'AT-1.6', details: { warnings: [{ code: 'deadline_passed', dueOn: '2026-01-14' }] } })
    const other = await expectRefusedUnchanged(
      () => partner.call('POST', '/v1/invoices', { ...body, confirmed: ['large_total'] }),
      409,
      'confirmation_required',
    )
    expect(other.details.warnings.map((w: { code: string }) => w.code)).toEqual(['deadline_passed'])
    const made = await partner.call('POST', '/v1/invoices', { ...body, confirmed: ['deadline_passed'] }, { 'idempotency-key': 'late-2' })
    expect(made.status).toBe(201)
    expect(made.body.invoice).toMatchObject({ clientPaidOn: '2026-01-01', transferDueOn: '2026-01-14', isOverdue: true })
  })

  test('a total above the program threshold warns and needs confirming (AT-5.1)', async () => {
    const { partner, accountNumber } = await setup()
    const lines = [amo(100, 12)]
    const quote = await partner.call('POST', '/v1/quotes', { accountNumber, lines })
    expect(quote.body.warnings).toEqual([{ code: 'large_total', rule: 'AT-5.1', totalKop: 118_800_000, thresholdKop: 100_000_000 }])
    await expectRefusedUnchanged(() => partner.call('POST', '/v1/invoices', { accountNumber, lines }), 409, 'confirmation_required')
    expect((await partner.call('POST', '/v1/invoices', { accountNumber, lines, confirmed: ['large_total'] })).status).toBe(201)
  })

  test('the same lines for the same client within the window warn with the earlier number (X-6)', async () => {
    const { partner, accountNumber } = await setup()
    const lines = [amo(2, 6)]
    const first = await partner.call('POST', '/v1/invoices', { accountNumber, lines }, { 'idempotency-key': 'dup-1' })
    expect(first.status).toBe(201)
    // A retry of the same attempt replays the first answer: no warning, no second invoice.
    const replay = await partner.call('POST', '/v1/invoices', { accountNumber, lines }, { 'idempotency-key': 'dup-1' })
    expect(replay.body.invoice.id).toBe(first.body.invoice.id)

    const quote = await partner.call('POST', '/v1/quotes', { accountNumber, lines: [amo(2, 6)] })
    expect(quote.body.warnings).toEqual([{ code: 'possible_duplicate', rule: 'X-6', number: first.body.invoice.number, issuedOn: '2026-12-06' }])
    expect((await partner.call('POST', '/v1/quotes', { accountNumber, lines: [amo(3, 6)] })).body.warnings).toEqual([])
    const error = await expectRefusedUnchanged(
      () => partner.call('POST', '/v1/invoices', { accountNumber, lines }, { 'idempotency-key': 'dup-2' }),
      409,
      'confirmation_required',
    )
    expect(error.details.warnings[0]).toMatchObject({ code: 'possible_duplicate', number: first.body.invoice.number })
    expect((await partner.call('POST', '/v1/invoices', { accountNumber, lines, confirmed: ['possible_duplicate'] })).status).toBe(201)
  })

  test('two unconfirmed twins sent at once with different keys: one is issued, the other asks to confirm (X-6)', async () => {
    const { partner, accountNumber } = await setup()
    const lines = [amo(5, 6)]
    const send = () => ['twin-a', 'twin-b'].map((key) => partner.call('POST', '/v1/invoices', { accountNumber, lines }, { 'idempotency-key': key }))
    // On PostgreSQL the twins are held at the year's invoice counter until both are past the point
    // where each could have looked for the other: without a lock per client both would pass the
    // check and both be issued. PGlite has one connection, so its transactions take turns anyway.
    const answers = await (testDbKind() === 'pglite' ? Promise.all(send()) : heldAtTheCounter(send))
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409])
    const issued = answers.find((answer) => answer.status === 201)!
    const refused = answers.find((answer) => answer.status === 409)!
    expect(refused.body.error).toMatchObject({ code: 'confirmation_required', rule: 'X-6' })
    expect(refused.body.error.details.warnings).toEqual([
      { code: 'possible_duplicate', rule: 'X-6', number: issued.body.invoice.number, issuedOn: '2026-12-06' },
    ])
    const made = await relay.deps.db.selectFrom('invoices').select('id').where('account_number', '=', accountNumber).execute()
    expect(made).toHaveLength(1)
  })

  test('outside the window the same lines are an ordinary invoice (X-6)', async () => {
    const { partner, accountNumber } = await setup()
    expect((await partner.call('POST', '/v1/invoices', { accountNumber, lines: [amo(4, 6)] })).status).toBe(201)
    relay.clock.set('2026-12-06T10:11:00+03:00')
    try {
      expect((await partner.call('POST', '/v1/quotes', { accountNumber, lines: [amo(4, 6)] })).body.warnings).toEqual([])
    } finally {
      relay.clock.set(NOW)
    }
  })

  test("another partner's or a void invoice is no duplicate (X-5, X-6)", async () => {
    const { partner, accountNumber } = await setup()
    const made = await partner.call('POST', '/v1/invoices', { accountNumber, lines: [amo(5, 6)] })
    const { vendor } = await pinnedClient(relay, await relay.partner())
    await vendor.call('POST', `/v1/invoices/${made.body.invoice.id}/void`, { reason: 'Выставлен по ошибке' })
    expect((await partner.call('POST', '/v1/quotes', { accountNumber, lines: [amo(5, 6)] })).body.warnings).toEqual([])
  })
})

describe('a client payment that makes the transfer late (AT-1.6)', () => {
  test('is refused until confirmed, then recorded', async () => {
    const { partner, accountNumber } = await setup()
    const { invoice } = (await partner.call('POST', '/v1/invoices', { accountNumber, lines: [amo(1, 3)] })).body
    const path = `/v1/invoices/${invoice.id}/client-payment`
    const error = await expectRefusedUnchanged(
      () => partner.call('POST', path, { paidOn: '2026-01-01' }, { 'idempotency-key': 'pay-1' }),
      409,
      'confirmation_required',
    )
    expect(error).toMatchObject({ rule: 'AT-1.6', details: { warnings: [{ code: 'deadline_passed', paidOn: '2026-01-01', dueOn: '2026-01-14' }] } })
    const recorded = await partner.call('POST', path, { paidOn: '2026-01-01', confirmed: ['deadline_passed'] }, { 'idempotency-key': 'pay-2' })
    expect(recorded.status).toBe(200)
    expect(recorded.body.invoice).toMatchObject({ clientPaidOn: '2026-01-01', transferDueOn: '2026-01-14', isOverdue: true })
  })

  test('a date with time left needs no confirmation', async () => {
    const { partner, accountNumber } = await setup()
    const { invoice } = (await partner.call('POST', '/v1/invoices', { accountNumber, lines: [amo(1, 4)] })).body
    expect((await partner.call('POST', `/v1/invoices/${invoice.id}/client-payment`, { paidOn: '2026-12-04' })).status).toBe(200)
  })
})

describe('bad input to the guarded actions changes nothing', () => {
  let partner: Crm & { id: string }
  let accountNumber: string
  let invoiceId: string
  beforeAll(async () => {
    ;({ partner, accountNumber } = await setup())
    invoiceId = (await partner.call('POST', '/v1/invoices', { accountNumber, lines: [amo(1, 5)] })).body.invoice.id
  })

  test.each([
    { label: 'an unknown warning code', path: () => '/v1/invoices', body: () => ({ accountNumber, lines: [amo(1, 1)], confirmed: ['everything'] }) },
    { label: 'confirmed that is not a list', path: () => '/v1/invoices', body: () => ({ accountNumber, lines: [amo(1, 1)], confirmed: 'deadline_passed' }) },
    {
      label: 'a date that does not exist on a quote',
      path: () => '/v1/quotes',
      body: () => ({ accountNumber, lines: [amo(1, 1)], clientPaidOn: '2026-02-30' }),
    },
    {
      label: 'a date that does not exist on an invoice',
      path: () => '/v1/invoices',
      body: () => ({ accountNumber, lines: [amo(1, 1)], clientPaidOn: '2026-02-30' }),
    },
    { label: 'a date that does not exist on a payment', path: () => `/v1/invoices/${invoiceId}/client-payment`, body: () => ({ paidOn: '2026-02-30' }) },
    { label: 'a future payment date (AT-1.6)', path: () => `/v1/invoices/${invoiceId}/client-payment`, body: () => ({ paidOn: '2026-12-07' }) },
    {
      label: 'a future payment date on a quote (AT-1.6)',
      path: () => '/v1/quotes',
      body: () => ({ accountNumber, lines: [amo(1, 1)], clientPaidOn: '2026-12-07' }),
    },
    {
      label: 'a NUL byte in a product id',
      path: () => '/v1/invoices',
      body: () => ({ accountNumber, lines: [{ sku: 'atrealt-amo\u0000crm', quantity: 1, months: 1 }] }),
    },
    { label: 'a fractional quantity', path: () => '/v1/invoices', body: () => ({ accountNumber, lines: [amo(1.5, 1)] }) },
    { label: 'a negative quantity', path: () => '/v1/invoices', body: () => ({ accountNumber, lines: [amo(-5, 1)] }) },
  ])('$label is refused with invalid_request', async ({ path, body }) => {
    const error = await expectRefusedUnchanged(() => partner.call('POST', path(), body()), 400, 'invalid_request')
    expect(error.message).toBeTruthy()
  })

  test('a 50 MB body is refused with 413 and the relay keeps serving', async () => {
    const raw = JSON.stringify({ accountNumber, lines: [amo(1, 1)], note: 'x'.repeat(50 * 1024 * 1024) })
    const headers = { 'x-auth-token': await amoToken({ accountId: '7000', now: relay.clock.now() }) }
    await expectRefusedUnchanged(() => relay.request('POST', '/v1/invoices', { raw, headers }), 413, 'payload_too_large')
    expect((await relay.request('GET', '/healthz')).status).toBe(200)
  })
})
