import pino from 'pino'
import { afterEach, expect, test } from 'vitest'
import { createTestDb } from '../../../test/support/test-db'
import { loadCalendars } from '../config/load-calendars'
import { loadProgram } from '../config/load-program'
import type { Db } from '../store/create-db'
import { seedDemo } from './seed-demo'

let store: Db | undefined
afterEach(() => store?.close())

test.each([{ program: 'atrealt' }, { program: 'agat-rt' }])('seeds the $program demo once, through the use cases', async ({ program }) => {
  store = await createTestDb()
  const deps = { db: store.db, program: loadProgram(program), calendars: loadCalendars('server/calendars', 'ru'), logger: pino({ level: 'silent' }) }
  const now = new Date('2026-05-14T10:00:00+03:00')
  expect(await seedDemo(deps, now, 'localhost:8787')).toBe(true)
  expect(await seedDemo(deps, now, 'localhost:8787')).toBe(false)
  const pins = await store.db.selectFrom('pins').select('state').where('state', '=', 'approved').execute()
  expect(pins).toHaveLength(2)
})

test('the demo pins a client before the invoices it allows: no pin reads as newer than its invoice (AT-1.2)', async () => {
  store = await createTestDb()
  const deps = { db: store.db, program: loadProgram('atrealt'), calendars: loadCalendars('server/calendars', 'ru'), logger: pino({ level: 'silent' }) }
  await seedDemo(deps, new Date('2026-12-06T10:00:00+03:00'), 'localhost:8787')
  const pins = await store.db.selectFrom('pins').select(['requested_at', 'decided_at']).where('state', '=', 'approved').execute()
  const invoices = await store.db.selectFrom('invoices').select('issued_on').execute()
  const firstInvoice = invoices.map((invoice) => String(invoice.issued_on)).sort()[0]
  expect(firstInvoice).toBe('2026-11-15')
  for (const pin of pins) expect(pin.decided_at!.toISOString().slice(0, 10) < firstInvoice).toBe(true)
})
