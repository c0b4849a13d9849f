import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { ZSystemNote } from '../../../../shared/src/contract'
import { insertPartner } from '../../../../test/support/store-fixtures'
import { createTestDb } from '../../../../test/support/test-db'
import type { Db } from '../create-db'
import { codeWordedNotes } from './004-violation-notes'

let store: Db
beforeEach(async () => {
  store = await createTestDb()
})
afterEach(() => store.close())

const invoice = async (partnerId: string, number: string) => {
  const id = randomUUID()
  const [year, seq] = number.split('-').map(Number)
  await store.db
    .insertInto('invoices')
    .values({
      id,
      number,
      year,
      seq,
      partner_id: partnerId,
      state: 'issued',
      lines: JSON.stringify([]),
      list_kop: 0n,
      reward_kop: 0n,
      payable_kop: 0n,
      discount_source: 'status',
      issued_on: '2026-11-20',
    } as never)
    .execute()
  return id
}

/** A violation as the relay wrote it before notes had codes. */
const violation = async (values: { partnerId: string; source: 'auto-overdue' | 'staff'; note: string; invoiceId?: string }) => {
  const id = randomUUID()
  await store.db
    .insertInto('violations')
    .values({
      id,
      partner_id: values.partnerId,
      rule: 'AT-1.6',
      source: values.source,
      invoice_id: values.invoiceId ?? null,
      note: values.note,
      occurred_on: '2026-12-01',
    })
    .execute()
  return id
}
const codeOf = (id: string) => store.db.selectFrom('violations').select(['note', 'note_code', 'note_params']).where('id', '=', id).executeTakeFirstOrThrow()

test('automatic notes the relay worded before get their code and facts back; staff notes stay as typed', async () => {
  const { id: partnerId } = await insertPartner(store.db)
  const invoiceId = await invoice(partnerId, '2026-000002')
  const rows = {
    overdue: await violation({ partnerId, source: 'auto-overdue', invoiceId, note: 'Transfer for invoice 2026-000002 not received by 2026-12-01' }),
    // The relay's wording typed by staff is not the relay's: left as typed.
    staffCopy: await violation({ partnerId, source: 'staff', note: 'Transfer for invoice 2026-000002 not received by 2026-12-01' }),
    staff: await violation({ partnerId, source: 'staff', note: 'Клиент жалуется на сроки' }),
  }

  // Migrations see the database untyped, as it was when they were written.
  await codeWordedNotes(store.db as unknown as Kysely<unknown>)

  const overdue = await codeOf(rows.overdue)
  expect(overdue).toMatchObject({
    note: 'Transfer for invoice 2026-000002 not received by 2026-12-01',
    note_code: 'transferOverdue',
    note_params: { invoiceNumber: '2026-000002', transferDueOn: '2026-12-01' },
  })
  expect(ZSystemNote.safeParse({ code: overdue.note_code, params: overdue.note_params }).success).toBe(true)
  for (const id of [rows.staffCopy, rows.staff]) expect(await codeOf(id)).toMatchObject({ note_code: null, note_params: null })
})

test('the columns take the codes of the contract, and a code only with its facts', async () => {
  const { id: partnerId } = await insertPartner(store.db)
  const insert = (note_code: string | null, note_params: string | null) =>
    store.db
      .insertInto('violations')
      .values({
        id: randomUUID(),
        partner_id: partnerId,
        rule: 'AT-1.6',
        source: 'staff',
        note: 'x',
        note_code: note_code as never,
        note_params,
        occurred_on: '2026-12-01',
      })
      .execute()
  for (const code of ZSystemNote._zod.propValues.code) await insert(String(code), '{}')
  await expect(insert('madeUp', '{}')).rejects.toThrow()
  await expect(insert('transferOverdue', null)).rejects.toThrow()
  await expect(insert(null, '{}')).rejects.toThrow()
})
