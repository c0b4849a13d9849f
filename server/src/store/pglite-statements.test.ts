import type { PGlite } from '@electric-sql/pglite'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { openPglite } from './open-pglite'
import { pgliteStatements } from './pglite-statements'

let pglite: PGlite
beforeAll(async () => {
  pglite = await openPglite()
  await pglite.exec(`create table notes (id int8 primary key, day date, tags int8[], body jsonb, amount numeric, at timestamptz, memo text)`)
})
afterAll(() => pglite.close())

const preparedCount = async () => (await pglite.query<{ n: number }>('select count(*)::int as n from pg_prepared_statements')).rows[0].n

test('a prepared statement answers exactly what query() answers, values and types alike', async () => {
  const statements = pgliteStatements(pglite)
  const insert = 'insert into notes values ($1, $2, $3, $4, $5, $6, $7) returning *'
  const inserted = await statements.run(insert, [1n, '2026-04-30', [1n, 2n], { kop: 5 }, '1.50', new Date('2026-04-30T10:00:00Z'), null])
  expect(inserted.rows).toEqual([
    { id: 1n, day: '2026-04-30', tags: [1n, 2n], body: { kop: 5 }, amount: '1.50', at: new Date('2026-04-30T10:00:00Z'), memo: null },
  ])
  expect(inserted).toMatchObject({ command: 'INSERT', rowCount: 1, affectedRows: 1 })
  const select = 'select * from notes where id = $1 and day <= $2'
  const viaQuery = await pglite.query(select, [1n, '2026-05-01'])
  for (let i = 0; i < 2; i += 1) {
    const result = await statements.run(select, [1n, '2026-05-01'])
    expect(result.rows).toEqual(viaQuery.rows)
    expect(result.fields).toEqual(viaQuery.fields)
  }
})

test('a statement is parsed once and reused', async () => {
  await pglite.exec('deallocate all')
  const statements = pgliteStatements(pglite)
  for (let id = 0; id < 3; id += 1) await statements.run('select id from notes where id = $1', [id])
  expect(await preparedCount()).toBe(1)
})

test('a database error keeps its SQLSTATE and constraint, and says which statement failed', async () => {
  const statements = pgliteStatements(pglite)
  const insert = 'insert into notes (id) values ($1)'
  await statements.run(insert, [7n])
  await expect(statements.run(insert, [7n])).rejects.toMatchObject({ code: '23505', constraint: 'notes_pkey', query: insert, params: [7n] })
  // The session is usable after the error.
  expect((await statements.run('select id from notes where id = $1', [7n])).rows).toEqual([{ id: 7n }])
})

test('after DDL a statement whose columns changed answers with the new columns', async () => {
  const statements = pgliteStatements(pglite)
  await statements.exec('create table drafts (id int)')
  await statements.run('insert into drafts values ($1)', [1])
  const select = 'select * from drafts where id = $1'
  expect((await statements.run(select, [1])).rows).toEqual([{ id: 1 }])
  await statements.exec('alter table drafts add column title text')
  expect((await statements.run(select, [1])).rows).toEqual([{ id: 1, title: null }])
})

test('beyond its cap the least recently used statement is closed in the backend', async () => {
  await pglite.exec('deallocate all')
  const statements = pgliteStatements(pglite, { maxStatements: 2 })
  await statements.run('select $1::int as a', [1])
  await statements.run('select $1::int as b', [1])
  await statements.run('select $1::int as a', [1])
  await statements.run('select $1::int as c', [1])
  expect(await preparedCount()).toBe(2)
  const names = (await pglite.query<{ statement: string }>('select statement from pg_prepared_statements order by statement')).rows.map((row) => row.statement)
  expect(names).toEqual(['select $1::int as a', 'select $1::int as c'])
})
