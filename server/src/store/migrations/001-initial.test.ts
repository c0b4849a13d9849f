import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { insertClient, insertPartner } from '../../../../test/support/store-fixtures'
import { createTestDb } from '../../../../test/support/test-db'
import type { Db } from '../create-db'
import { isUniqueViolation } from '../create-db'
import type { Database, PinState } from '../schema'

let store: Db
beforeEach(async () => {
  store = await createTestDb()
})
afterEach(() => store.close())

const insertPin = (db: Kysely<Database>, accountNumber: string, partnerId: string, state: PinState = 'requested') =>
  db.insertInto('pins').values({ id: randomUUID(), account_number: accountNumber, partner_id: partnerId, state }).execute()

describe('one live pin per account', () => {
  test('refuses a second live pin on the same account', async () => {
    const [first, second, client] = [await insertPartner(store.db), await insertPartner(store.db), await insertClient(store.db)]
    await insertPin(store.db, client.account_number, first.id, 'approved')
    const refused = await insertPin(store.db, client.account_number, second.id).catch((err: unknown) => err)
    expect(isUniqueViolation(refused, 'pins_one_live_per_account')).toBe(true)
  })

  test.each<{ label: string; earlier: PinState }>([
    { label: 'accepts a new pin once the old one is released', earlier: 'released' },
    { label: 'accepts a new pin once the old one is rejected', earlier: 'rejected' },
  ])('$label', async ({ earlier }) => {
    const [partner, client] = [await insertPartner(store.db), await insertClient(store.db)]
    await insertPin(store.db, client.account_number, partner.id, earlier)
    await insertPin(store.db, client.account_number, partner.id)
    const live = await store.db.selectFrom('pins').select('state').where('state', 'in', ['requested', 'approved']).execute()
    expect(live).toEqual([{ state: 'requested' }])
  })

  test('two partners racing for one client: exactly one pin is taken', async () => {
    const [first, second, client] = [await insertPartner(store.db), await insertPartner(store.db), await insertClient(store.db)]
    const request = (partnerId: string) => store.db.transaction().execute((trx) => insertPin(trx, client.account_number, partnerId))
    const outcomes = await Promise.allSettled([request(first.id), request(second.id)])
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected'])
    const refused = outcomes.find((outcome) => outcome.status === 'rejected')
    expect(isUniqueViolation(refused?.reason, 'pins_one_live_per_account')).toBe(true)
  })
})

describe('one live automatic violation per invoice', () => {
  const insertViolation = async (invoiceId: string, partnerId: string, source: 'auto-overdue' | 'staff') =>
    store.db
      .insertInto('violations')
      .values({ id: randomUUID(), partner_id: partnerId, rule: 'AT-4.1', source, invoice_id: invoiceId, note: 'overdue', occurred_on: '2026-05-14' })
      .returning('id')
      .executeTakeFirstOrThrow()

  const insertInvoice = async (partnerId: string) => {
    const id = randomUUID()
    await store.db
      .insertInto('invoices')
      .values({
        id,
        number: '2026-000001',
        year: 2026,
        seq: 1,
        partner_id: partnerId,
        state: 'issued',
        lines: '[]',
        list_kop: 100n,
        reward_kop: 20n,
        payable_kop: 80n,
        discount_source: 'program',
        issued_on: '2026-04-30',
      })
      .execute()
    return id
  }

  test('refuses a second automatic violation for one invoice, allows staff ones and one after a void', async () => {
    const partner = await insertPartner(store.db)
    const invoiceId = await insertInvoice(partner.id)
    const first = await insertViolation(invoiceId, partner.id, 'auto-overdue')
    const refused = await insertViolation(invoiceId, partner.id, 'auto-overdue').catch((err: unknown) => err)
    expect(isUniqueViolation(refused, 'violations_one_live_auto_overdue_per_invoice')).toBe(true)
    await insertViolation(invoiceId, partner.id, 'staff')
    await store.db.updateTable('violations').set({ voided_at: new Date(), void_reason: 'paid late by agreement' }).where('id', '=', first.id).execute()
    await insertViolation(invoiceId, partner.id, 'auto-overdue')
  })
})

describe('ledger: balanced and append-only (X-2)', () => {
  type Posting = { account: string; amountKop: bigint; currency?: string }

  const appendTransaction = (db: Kysely<Database>, postings: Posting[]) =>
    db.transaction().execute(async (trx) => {
      const { id } = await trx.insertInto('ledger_transactions').values({ kind: 'invoice' }).returning('id').executeTakeFirstOrThrow()
      await trx
        .insertInto('ledger_postings')
        .values(postings.map((p) => ({ transaction_id: id, account: p.account, amount_kop: p.amountKop, currency: p.currency ?? 'RUB' })))
        .execute()
      return id
    })

  test.each<{ label: string; postings: Posting[]; isAccepted: boolean }>([
    {
      label: 'accepts postings that sum to zero',
      postings: [
        { account: 'client', amountKop: 100_00n },
        { account: 'vendor', amountKop: -80_00n },
        { account: 'partner', amountKop: -20_00n },
      ],
      isAccepted: true,
    },
    {
      label: 'refuses postings one kopeck off',
      postings: [
        { account: 'client', amountKop: 100_00n },
        { account: 'vendor', amountKop: -99_99n },
      ],
      isAccepted: false,
    },
    {
      label: 'refuses postings that sum to zero only across currencies',
      postings: [
        { account: 'client', amountKop: 100n, currency: 'RUB' },
        { account: 'vendor', amountKop: -100n, currency: 'KZT' },
      ],
      isAccepted: false,
    },
  ])('$label', async ({ postings, isAccepted }) => {
    const outcome = appendTransaction(store.db, postings)
    if (isAccepted) await expect(outcome).resolves.toBeTypeOf('bigint')
    else await expect(outcome).rejects.toMatchObject({ code: '23514' })
  })

  test('an unbalanced transaction is refused at commit, not at the insert', async () => {
    let isInsertDone = false
    const outcome = store.db.transaction().execute(async (trx) => {
      const { id } = await trx.insertInto('ledger_transactions').values({ kind: 'invoice' }).returning('id').executeTakeFirstOrThrow()
      await trx.insertInto('ledger_postings').values({ transaction_id: id, account: 'client', amount_kop: 1n }).execute()
      isInsertDone = true
    })
    await expect(outcome).rejects.toMatchObject({ code: '23514' })
    expect(isInsertDone).toBe(true)
    expect(await store.db.selectFrom('ledger_postings').selectAll().execute()).toEqual([])
  })

  test.each([
    { label: 'refuses UPDATE of a posting', statement: sql`update ledger_postings set amount_kop = 0` },
    { label: 'refuses DELETE of a posting', statement: sql`delete from ledger_postings` },
    { label: 'refuses TRUNCATE of the postings', statement: sql`truncate ledger_postings` },
    { label: 'refuses UPDATE of a transaction', statement: sql`update ledger_transactions set memo = 'edited'` },
    { label: 'refuses DELETE of a transaction', statement: sql`delete from ledger_transactions` },
  ])('$label', async ({ statement }) => {
    await appendTransaction(store.db, [
      { account: 'client', amountKop: 5n },
      { account: 'vendor', amountKop: -5n },
    ])
    await expect(statement.execute(store.db)).rejects.toMatchObject({ code: '23001', message: expect.stringContaining('append-only') })
  })

  test('a transaction is reversed at most once', async () => {
    const original = await appendTransaction(store.db, [
      { account: 'client', amountKop: 5n },
      { account: 'vendor', amountKop: -5n },
    ])
    const reverse = () => store.db.insertInto('ledger_transactions').values({ kind: 'reversal', reverses_id: original }).execute()
    await reverse()
    expect(isUniqueViolation(await reverse().catch((err: unknown) => err), 'ledger_transactions_reverses_id_key')).toBe(true)
  })
})

test.each([
  { label: 'a partner installation needs its partner', role: 'partner' as const, hasPartner: false },
  { label: 'a vendor installation has no partner', role: 'vendor' as const, hasPartner: true },
])('$label', async ({ role, hasPartner }) => {
  const partner = await insertPartner(store.db)
  const insert = store.db
    .insertInto('installations')
    .values({ id: randomUUID(), crm: 'amocrm', account: '31000001', domain: 'agat.amocrm.ru', role, partner_id: hasPartner ? partner.id : null })
    .execute()
  await expect(insert).rejects.toMatchObject({ code: '23514' })
})
