import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, test } from 'vitest'
import { createTestDb } from '../../test/support/test-db'
import { pinnedClient, startRelay } from './support/relay-under-test'

const SHIPPED = fileURLToPath(new URL('../calendars', import.meta.url))
const dirs: string[] = []
/** A calendars directory with the shipped 2025 and 2026 files and, when given, a 2027 file. */
const calendarsDir = (file2027?: object) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'relay-calendars-'))
  dirs.push(dir)
  for (const year of [2025, 2026]) copyFileSync(path.join(SHIPPED, `ru-${year}.json`), path.join(dir, `ru-${year}.json`))
  if (file2027) writeFileSync(path.join(dir, 'ru-2027.json'), JSON.stringify(file2027))
  return dir
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

// A decree as it might land: the shipped art. 112 days plus 11 January 2027 off.
const decree2027 = {
  country: 'ru',
  year: 2027,
  source: 'Постановление Правительства РФ о переносе выходных дней в 2027 году (пример для проверки)',
  nonWorkingDays: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08', '2027-01-11'],
  workingWeekendDays: [],
}

describe('running deadlines are counted again on the calendar files in force at start (X-7)', () => {
  test('a later date from a new decree replaces the estimate, an earlier one never does, and each change is audited', async () => {
    const store = await createTestDb()
    // Relays come and go; the database stays.
    const kept = { ...store, close: async () => {} }
    const at = '2026-12-30T10:00:00+03:00'
    const first = await startRelay({ at, env: { CALENDARS_DIR: calendarsDir() }, store: kept })
    const partner = await first.partner()
    const { accountNumber } = await pinnedClient(first, partner)
    const created = await partner.call('POST', '/v1/invoices', {
      accountNumber,
      lines: [{ sku: 'atrealt-amocrm', quantity: 1, months: 12 }],
      clientPaidOn: '2026-12-29',
    })
    expect(created.status).toBe(201)
    // No 2027 file: three working days after 29.12.2026 on art. 112 alone (AT-1.6).
    expect(created.body.invoice).toMatchObject({ transferDueOn: '2027-01-12', transferDueEstimated: true, transferDueOnProvisional: false })
    await first.close()

    const invoiceOn = async (relay: Awaited<ReturnType<typeof startRelay>>) => {
      // The partner's amoCRM account, the first each relay under test links, stays linked in the database.
      const card = await relay.amo('7000').call('GET', `/v1/clients/${accountNumber}`)
      return card.body.invoices[0]
    }
    const audits = () => store.db.selectFrom('audit_log').select(['before', 'after', 'actor_kind']).where('action', '=', 'invoice.deadline-recounted').execute()

    const second = await startRelay({ at, env: { CALENDARS_DIR: calendarsDir(decree2027) }, store: kept })
    expect(await invoiceOn(second)).toMatchObject({ transferDueOn: '2027-01-13', transferDueEstimated: false, transferDueOnProvisional: false })
    const recorded = await audits()
    expect(recorded).toHaveLength(1)
    expect(recorded[0]).toMatchObject({ actor_kind: 'system' })
    expect(recorded[0].before).toEqual({ transferDueOn: '2027-01-12', transferDueEstimated: true })
    expect(recorded[0].after).toEqual({ transferDueOn: '2027-01-13', transferDueEstimated: false })
    await second.close()

    // The shipped provisional file counts 12.01.2027 again: earlier than the partner was told, so nothing moves.
    const third = await startRelay({ at, store: kept })
    expect(await invoiceOn(third)).toMatchObject({ transferDueOn: '2027-01-13', transferDueOnProvisional: true })
    expect(await audits()).toHaveLength(1)
    await third.close()
    await store.close()
  })
})
