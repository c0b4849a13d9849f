import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { ZSystemReason } from '../../../../shared/src/contract'
import { insertPartner } from '../../../../test/support/store-fixtures'
import { createTestDb } from '../../../../test/support/test-db'
import type { Db } from '../create-db'
import type { StatusSource } from '../schema'
import { codeWordedReasons } from './003-status-reasons'

let store: Db
beforeEach(async () => {
  store = await createTestDb()
})
afterEach(() => store.close())

const NOW = new Date('2026-07-30T00:01:00+03:00')

/** A history row as the relay wrote it before reasons had codes. */
const history = async (partnerId: string, source: StatusSource, reason: string | null) => {
  const row = {
    partner_id: partnerId,
    from_status: 'silver',
    to_status: 'gold',
    effective_on: '2026-07-30',
    valid_until: null,
    source,
    reason,
    recorded_at: NOW,
  }
  const { id } = await store.db.insertInto('status_history').values(row).returning('id').executeTakeFirstOrThrow()
  return id
}
const codeOf = (id: bigint) =>
  store.db.selectFrom('status_history').select(['reason', 'reason_code', 'reason_params']).where('id', '=', id).executeTakeFirstOrThrow()

test('texts the relay worded before get their code and facts back; staff texts stay without one', async () => {
  const { id: partnerId } = await insertPartner(store.db)
  const rows = {
    entered: await history(partnerId, 'created', 'Entered by the vendor'),
    authorized: await history(partnerId, 'authorization', 'AG-3.1: agreement signed on 2026-05-04, transfer for invoice 2026-000012 received on 2026-05-13'),
    approved: await history(partnerId, 'application', 'Application of 2026-05-12 approved on 2026-05-14 (AG-3.3a)'),
    review: await history(partnerId, 'review', 'Half-year review 2026-H1, list of 2026-07-30 (AG-3.3b)'),
    scheduled: await history(partnerId, 'staff', 'Scheduled change effective 2026-06-01 (vendor staff decision)'),
    renewed: await history(partnerId, 'renewal', 'AG-3.3a: requirements of "Серебряный партнёр" hold on 2027-01-01'),
    staff: await history(partnerId, 'staff', 'Договор расторгнут'),
    staffRenewal: await history(partnerId, 'renewal', 'Сертификаты на переоформлении, продлеваем'),
    // An approval's wording under another source is not the relay's: left as typed.
    misplaced: await history(partnerId, 'staff', 'Application of 2026-05-12 approved on 2026-05-14 (AG-3.3a)'),
    none: await history(partnerId, 'staff', null),
  }
  const change = {
    id: randomUUID(),
    partner_id: partnerId,
    from_status: 'authorized',
    to_status: 'silver',
    effective_on: '2026-07-01',
    valid_until: '2026-12-31',
    source: 'application' as const,
    created_at: NOW,
  }
  await store.db
    .insertInto('status_changes')
    .values({ ...change, reason: 'Application of 2026-05-12 approved on 2026-05-14 (AG-3.3a)' })
    .execute()

  // Migrations see the database untyped, as it was when they were written.
  await codeWordedReasons(store.db as unknown as Kysely<unknown>)

  expect(await codeOf(rows.entered)).toMatchObject({ reason_code: 'entered', reason_params: {} })
  expect(await codeOf(rows.authorized)).toMatchObject({
    reason_code: 'authorized',
    reason_params: { agreementSignedOn: '2026-05-04', invoiceNumber: '2026-000012', transferReceivedOn: '2026-05-13' },
  })
  expect(await codeOf(rows.approved)).toMatchObject({
    reason_code: 'applicationApproved',
    reason_params: { appliedOn: '2026-05-12', approvedOn: '2026-05-14' },
  })
  expect(await codeOf(rows.review)).toMatchObject({ reason_code: 'reviewConfirmed', reason_params: { period: '2026-H1', publicationOn: '2026-07-30' } })
  expect(await codeOf(rows.scheduled)).toMatchObject({ reason_code: 'scheduled', reason_params: { effectiveOn: '2026-06-01' } })
  expect(await codeOf(rows.renewed)).toMatchObject({ reason_code: 'requirementsHeld', reason_params: { checkedOn: '2027-01-01' } })
  for (const id of [rows.staff, rows.staffRenewal, rows.misplaced, rows.none])
    expect(await codeOf(id)).toMatchObject({ reason_code: null, reason_params: null })
  for (const row of [rows.entered, rows.authorized, rows.approved, rows.review, rows.scheduled, rows.renewed]) {
    const { reason_code, reason_params } = await codeOf(row)
    expect(ZSystemReason.safeParse({ code: reason_code, params: reason_params }).success).toBe(true)
  }
  const scheduled = await store.db.selectFrom('status_changes').select(['reason_code', 'reason_params']).where('id', '=', change.id).executeTakeFirstOrThrow()
  expect(scheduled).toEqual({ reason_code: 'applicationApproved', reason_params: { appliedOn: '2026-05-12', approvedOn: '2026-05-14' } })
})

test('the columns take every code of the contract, and a code only with its facts', async () => {
  const { id: partnerId } = await insertPartner(store.db)
  const insert = (reason_code: string | null, reason_params: string | null) =>
    store.db
      .insertInto('status_history')
      .values({
        partner_id: partnerId,
        to_status: 'gold',
        effective_on: '2026-07-30',
        source: 'review',
        reason: 'x',
        reason_code: reason_code as never,
        reason_params,
        recorded_at: NOW,
      })
      .execute()
  for (const code of ZSystemReason._zod.propValues.code) await insert(String(code), '{}')
  await expect(insert('madeUp', '{}')).rejects.toThrow()
  await expect(insert('entered', null)).rejects.toThrow()
  await expect(insert(null, '{}')).rejects.toThrow()
})
