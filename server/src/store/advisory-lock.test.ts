import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { createTestDb, testDbKind } from '../../../test/support/test-db'
import { withAdvisoryLock } from './advisory-lock'
import type { Db } from './create-db'

const JOB = 0x5052_0099

let store: Db
beforeEach(async () => {
  store = await createTestDb()
})
afterEach(() => store.close())

/** A promise the test settles by hand, to hold a lock for as long as it needs. */
const gate = () => {
  let open!: () => void
  const opened = new Promise<void>((resolve) => (open = resolve))
  return { open, opened }
}

test('runs the work and returns its result when the lock is free', async () => {
  await expect(withAdvisoryLock(store.db, JOB, async () => 'done')).resolves.toEqual({ ran: true, result: 'done' })
})

test('the work runs inside the transaction that holds the lock', async () => {
  const outcome = withAdvisoryLock(store.db, 7n, async (trx) => {
    await trx.insertInto('invoice_counters').values({ year: 2026, last_seq: 1 }).execute()
    throw new Error('pass failed')
  })
  await expect(outcome).rejects.toThrow('pass failed')
  expect(await store.db.selectFrom('invoice_counters').selectAll().execute()).toEqual([])
})

test('the lock ends with the transaction: the next pass runs', async () => {
  await withAdvisoryLock(store.db, JOB, async () => 1)
  await expect(withAdvisoryLock(store.db, JOB, async () => 2)).resolves.toEqual({ ran: true, result: 2 })
})

describe.runIf(testDbKind() === 'postgres')('on PostgreSQL, relays sharing the database', () => {
  test('a second holder of the same key gets ran=false and does no work', async () => {
    const held = gate()
    let isFirstIn = false
    const first = withAdvisoryLock(store.db, JOB, async () => {
      isFirstIn = true
      await held.opened
      return 'first'
    })
    await vi.waitFor(() => expect(isFirstIn).toBe(true))
    const work = vi.fn(async () => 'second')
    await expect(withAdvisoryLock(store.db, JOB, work)).resolves.toEqual({ ran: false })
    expect(work).not.toHaveBeenCalled()
    held.open()
    await expect(first).resolves.toEqual({ ran: true, result: 'first' })
  })

  test('different keys do not block each other', async () => {
    const held = gate()
    let isFirstIn = false
    const first = withAdvisoryLock(store.db, JOB, async () => {
      isFirstIn = true
      await held.opened
    })
    await vi.waitFor(() => expect(isFirstIn).toBe(true))
    await expect(withAdvisoryLock(store.db, JOB + 1, async () => 'other job')).resolves.toEqual({ ran: true, result: 'other job' })
    held.open()
    await first
  })
})

describe.runIf(testDbKind() === 'pglite')('on PGlite, one process owns the database', () => {
  test('a second pass waits for the first and then runs: passes never overlap', async () => {
    const held = gate()
    const log: string[] = []
    const first = withAdvisoryLock(store.db, JOB, async () => {
      log.push('first in')
      await held.opened
      log.push('first out')
    })
    const second = withAdvisoryLock(store.db, JOB, async () => {
      log.push('second in')
    })
    await vi.waitFor(() => expect(log).toEqual(['first in']))
    held.open()
    await expect(Promise.all([first, second])).resolves.toEqual([
      { ran: true, result: undefined },
      { ran: true, result: undefined },
    ])
    expect(log).toEqual(['first in', 'first out', 'second in'])
  })
})
