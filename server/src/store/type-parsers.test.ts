import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { insertPartner } from '../../../test/support/store-fixtures'
import { createTestDb } from '../../../test/support/test-db'
import type { Db } from './create-db'

let store: Db
beforeAll(async () => {
  store = await createTestDb()
})
afterAll(() => store.close())

test.each([
  { label: 'int8 beyond 2^53 is an exact bigint', type: 'int8', value: 9_007_199_254_740_993n, read: 9_007_199_254_740_993n },
  { label: 'a negative int8 is a bigint', type: 'int8', value: -150n, read: -150n },
  { label: 'int8[] is an array of bigints', type: 'int8[]', value: [1n, -2n], read: [1n, -2n] },
  { label: 'date stays the calendar text', type: 'date', value: '2026-05-01', read: '2026-05-01' },
  { label: 'date[] stays calendar texts', type: 'date[]', value: ['2026-01-01', '2026-12-31'], read: ['2026-01-01', '2026-12-31'] },
  { label: 'numeric stays a string', type: 'numeric', value: '12.50', read: '12.50' },
  { label: 'int4 is a number', type: 'int4', value: 2000, read: 2000 },
  { label: 'timestamptz is a Date', type: 'timestamptz', value: new Date('2026-04-30T21:00:00.123Z'), read: new Date('2026-04-30T21:00:00.123Z') },
  { label: 'text[] is an array of strings', type: 'text[]', value: ['RU', 'KZ'], read: ['RU', 'KZ'] },
])('$label', async ({ type, value, read }) => {
  const { rows } = await sql<{ v: unknown }>`select ${value}::${sql.raw(type)} as v`.execute(store.db)
  expect(rows[0].v).toEqual(read)
})

test.each([
  { label: 'count(*) is a bigint', expression: sql`count(*)`, read: 1n },
  { label: 'sum of int8 is numeric, so a string: cast it to bigint', expression: sql`sum(x)`, read: '5' },
  { label: 'sum of int8 cast to bigint is a bigint', expression: sql`sum(x)::bigint`, read: 5n },
])('$label', async ({ expression, read }) => {
  const { rows } = await sql<{ v: unknown }>`select ${expression} as v from (select 5::int8 as x) t`.execute(store.db)
  expect(rows[0].v).toEqual(read)
})

test('an invoice row round-trips kopecks, dates and lines', async () => {
  const partner = await insertPartner(store.db)
  const lines = [{ sku: 'LIC-1', listKop: '1234567890123' }]
  await store.db
    .insertInto('invoices')
    .values({
      id: randomUUID(),
      number: '2026-000001',
      year: 2026,
      seq: 1,
      partner_id: partner.id,
      state: 'issued',
      lines: JSON.stringify(lines),
      list_kop: 1_234_567_890_123n,
      reward_kop: 234_567_890_123n,
      payable_kop: 1_000_000_000_000n,
      discount_source: 'program',
      issued_on: '2026-04-30',
      transfer_due_on: '2026-05-13',
    })
    .execute()
  const row = await store.db.selectFrom('invoices').selectAll().executeTakeFirstOrThrow()
  expect(row).toMatchObject({
    lines,
    list_kop: 1_234_567_890_123n,
    reward_kop: 234_567_890_123n,
    payable_kop: 1_000_000_000_000n,
    vat_kop: 0n,
    issued_on: '2026-04-30',
    transfer_due_on: '2026-05-13',
    client_paid_on: null,
    transfer_due_estimated: false,
  })
  expect(row.created_at).toBeInstanceOf(Date)
})
