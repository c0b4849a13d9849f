import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { insertPartner } from '../../../test/support/store-fixtures'
import { testDbKind } from '../../../test/support/test-db'
import { createDb, isUniqueViolation } from './create-db'
import { migrateToLatest } from './migrate'

test.each([
  { label: 'a unique violation, any constraint', err: { code: '23505', constraint: 'pins_one_live_per_account' }, name: undefined, is: true },
  {
    label: 'a unique violation on the named index',
    err: { code: '23505', constraint: 'pins_one_live_per_account' },
    name: 'pins_one_live_per_account',
    is: true,
  },
  { label: 'a unique violation on another index', err: { code: '23505', constraint: 'invoices_number_key' }, name: 'pins_one_live_per_account', is: false },
  { label: 'a check violation', err: { code: '23514', constraint: 'pins_state_check' }, name: undefined, is: false },
  { label: 'a plain Error', err: new Error('boom'), name: undefined, is: false },
  { label: 'not an object', err: '23505', name: undefined, is: false },
  { label: 'null', err: null, name: undefined, is: false },
])('isUniqueViolation: $label → $is', ({ err, name, is }) => {
  expect(isUniqueViolation(err, name)).toBe(is)
})

// initdb makes this the slowest store test (~5 s); it covers what `npm start` does on a new machine.
describe.runIf(testDbKind() === 'pglite')('PGlite in a data directory', () => {
  let dir: string | undefined
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  test('is created when missing and keeps its data across restarts', { timeout: 60_000 }, async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'relay-data-'))
    const dataDir = path.join(dir, 'data')
    const first = await createDb({ dataDir })
    expect(first.kind).toBe('pglite')
    await migrateToLatest(first.db)
    const partner = await insertPartner(first.db)
    await first.close()

    const second = await createDb({ dataDir })
    await migrateToLatest(second.db)
    const names = await second.db.selectFrom('partners').select('id').execute()
    await second.close()
    expect(names).toEqual([{ id: partner.id }])
  })
})
