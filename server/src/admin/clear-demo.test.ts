import { sql } from 'kysely'
import pino from 'pino'
import { afterEach, expect, test } from 'vitest'
import { insertPartner } from '../../../test/support/store-fixtures'
import { createTestDb } from '../../../test/support/test-db'
import { loadCalendars, loadProgram } from '../config'
import { seedDemo } from '../demo/seed-demo'
import type { Db } from '../store/create-db'
import { describeDatabase } from '../store/describe-database'
import { clearDemo } from './clear-demo'

let store: Db | undefined
afterEach(() => store?.close())

const seeded = async () => {
  store = await createTestDb()
  const deps = { db: store.db, program: loadProgram('atrealt'), calendars: loadCalendars('server/calendars', 'ru'), logger: pino({ level: 'silent' }) }
  await seedDemo(deps, new Date('2026-05-14T10:00:00+03:00'), 'localhost:8787')
  return { db: store.db, deps }
}

test('empties a database that holds only the demo, keeping its schema, so it can start as a real one', async () => {
  const { db, deps } = await seeded()
  expect((await describeDatabase(db)).invoices).toBe(2)
  const result = await clearDemo(db)
  expect(result).toMatchObject({ outcome: 'cleared', partners: ['ООО «Альфа Интеграция»', 'ООО «Бета Софт»'] })
  expect(await describeDatabase(db)).toEqual({ partners: 0, installations: 0, invoices: 0, postings: 0, ledgerSumKop: 0n })
  expect(await db.selectFrom('invoice_counters').selectAll().execute()).toEqual([])
  // The ledger is append-only again afterwards.
  await expect(sql`delete from ledger_postings`.execute(db)).rejects.toThrow(/append-only/)
  // And the demo seeds again into it, as into a new database.
  expect(await seedDemo(deps, new Date('2026-05-14T10:00:00+03:00'), 'localhost:8787')).toBe(true)
})

test('says so when there is no demo', async () => {
  store = await createTestDb()
  expect(await clearDemo(store.db)).toEqual({ outcome: 'no-demo' })
})

test('refuses next to real data, naming it: demo invoices share the gapless numbers and the ledger', async () => {
  const { db } = await seeded()
  await insertPartner(db, { name: 'ООО «Настоящий партнёр»' })
  await expect(clearDemo(db)).rejects.toThrow(/real data beside the demo \(1 partners, 0 CRM installations\):\n.*ООО «Настоящий партнёр»/)
  expect((await describeDatabase(db)).invoices).toBe(2)
})
