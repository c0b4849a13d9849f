import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { createTestDb, testDbKind } from '../../../test/support/test-db'
import type { Db } from './create-db'

// The dialect is PGlite's; on a PostgreSQL run these tests have nothing to test.
describe.runIf(testDbKind() === 'pglite')('PGlite dialect: one session shared by every caller', () => {
  let store: Db
  beforeEach(async () => {
    store = await createTestDb()
    await store.db.insertInto('invoice_counters').values({ year: 2026, last_seq: 0 }).execute()
  })
  afterEach(() => store.close())

  const lastSeq = async () => (await store.db.selectFrom('invoice_counters').select('last_seq').where('year', '=', 2026).executeTakeFirstOrThrow()).last_seq

  test('reports its one session as in use while a transaction holds it, and the queries queued behind', async () => {
    expect(store.poolStats?.()).toEqual({ total: 1, idle: 1, waiting: 0 })
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    let isInside = false
    const transaction = store.db.transaction().execute(async () => {
      isInside = true
      await held
    })
    await vi.waitFor(() => expect(isInside).toBe(true))
    const queued = [lastSeq(), lastSeq()]
    await vi.waitFor(() => expect(store.poolStats?.()).toEqual({ total: 1, idle: 0, waiting: 2 }))
    release()
    await Promise.all([transaction, ...queued])
    expect(store.poolStats?.()).toEqual({ total: 1, idle: 1, waiting: 0 })
  })

  test('two concurrent transactions run one after the other, so no increment is lost', async () => {
    const log: string[] = []
    const increment = (name: string) =>
      store.db.transaction().execute(async (trx) => {
        log.push(`${name} begins`)
        const { last_seq } = await trx.selectFrom('invoice_counters').select('last_seq').where('year', '=', 2026).executeTakeFirstOrThrow()
        // Give the other transaction every chance to interleave.
        await new Promise((resolve) => setImmediate(resolve))
        await trx
          .updateTable('invoice_counters')
          .set({ last_seq: last_seq + 1 })
          .where('year', '=', 2026)
          .execute()
        log.push(`${name} commits`)
      })
    await Promise.all([increment('a'), increment('b')])
    expect(log).toEqual(['a begins', 'a commits', 'b begins', 'b commits'])
    expect(await lastSeq()).toBe(2)
  })

  test('a query outside the transaction waits for it and sees its commit', async () => {
    let open!: () => void
    const held = new Promise<void>((resolve) => (open = resolve))
    let isInside = false
    const writer = store.db.transaction().execute(async (trx) => {
      await trx.updateTable('invoice_counters').set({ last_seq: 41 }).execute()
      isInside = true
      await held
      await trx.updateTable('invoice_counters').set({ last_seq: 42 }).execute()
    })
    await vi.waitFor(() => expect(isInside).toBe(true))
    const reader = lastSeq()
    open()
    await writer
    await expect(reader).resolves.toBe(42)
  })

  test('a failed transaction rolls back and frees the session', async () => {
    const failing = store.db.transaction().execute(async (trx) => {
      await trx.updateTable('invoice_counters').set({ last_seq: 9 }).execute()
      await sql`select 1 / 0`.execute(trx)
    })
    await expect(failing).rejects.toMatchObject({ code: '22012' })
    expect(await lastSeq()).toBe(0)
  })

  test('rolling back to a savepoint undoes only the work after it', async () => {
    const trx = await store.db.startTransaction().execute()
    await trx.updateTable('invoice_counters').set({ last_seq: 1 }).execute()
    const afterFirst = await trx.savepoint('after_first').execute()
    await afterFirst.updateTable('invoice_counters').set({ last_seq: 2 }).execute()
    await afterFirst.rollbackToSavepoint('after_first').execute()
    await trx.commit().execute()
    expect(await lastSeq()).toBe(1)
  })

  test('an update reports the rows it changed', async () => {
    const [result] = await store.db.updateTable('invoice_counters').set({ last_seq: 5 }).execute()
    expect(result.numUpdatedRows).toBe(1n)
  })

  test('after destroy the database refuses queries', async () => {
    await store.db.destroy()
    await expect(lastSeq()).rejects.toThrow()
  })
})
