import { sql } from 'kysely'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { createTestDb } from '../../../test/support/test-db'
import type { Db } from './create-db'
import { migrateToLatest } from './migrate'

let store: Db
beforeEach(async () => {
  store = await createTestDb()
})
afterEach(() => store.close())

test('migrations create every table of the schema', async () => {
  const { rows } = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_name not like 'kysely_%'
    order by table_name`.execute(store.db)
  expect(rows.map((row) => row.table_name)).toEqual([
    'audit_log',
    'bank_payments',
    'clients',
    'credit_notes',
    'crm_access',
    'crm_cards',
    'crm_write_settings',
    'crm_writes',
    'historic_invoices',
    'idempotency_keys',
    'imported_terms',
    'installations',
    'invoice_counters',
    'invoices',
    'ledger_postings',
    'ledger_transactions',
    'link_codes',
    'notices',
    'outbox',
    'partners',
    'pin_interests',
    'pins',
    'renewal_requests',
    'requirement_evidence',
    'review_proposals',
    'status_applications',
    'status_changes',
    'status_history',
    'status_reviews',
    'stream_tickets',
    'violations',
  ])
})

test('migrating an up-to-date database changes nothing', async () => {
  await migrateToLatest(store.db)
  const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(store.db)
  expect(rows).toEqual([
    { name: '001-initial' },
    { name: '002-statuses' },
    { name: '003-status-reasons' },
    { name: '004-violation-notes' },
    { name: '005-violation-notice' },
    { name: '006-crm-access' },
    { name: '007-territory-and-marks' },
    { name: '008-credit-notes' },
    { name: '009-violation-void-reasons' },
    { name: '010-pin-interests' },
    { name: '011-bank-payments' },
    { name: '012-crm-writes' },
    { name: '013-partner-admin' },
    { name: '014-notices' },
    { name: '015-imports' },
    { name: '016-stream-tickets' },
  ])
})

test('a test database starts empty', async () => {
  const { count } = await store.db
    .selectFrom('partners')
    .select((eb) => eb.fn.countAll<bigint>().as('count'))
    .executeTakeFirstOrThrow()
  expect(count).toBe(0n)
})
