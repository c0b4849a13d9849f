import { randomBytes } from 'node:crypto'
import { Kysely, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { databaseUrl, dropDatabase, onServer } from '../../../test/support/postgres-admin'
import { testDbKind } from '../../../test/support/test-db'
import { namedStatementPool } from './named-statements'

// Named statements are a node-postgres matter; on a PGlite run there is no server to ask.
describe.runIf(testDbKind() === 'postgres')('named prepared statements on PostgreSQL', () => {
  const serverUrl = process.env.TEST_DATABASE_URL ?? ''
  const database = `relay_named_${randomBytes(4).toString('hex')}`
  // Made lazily: on a PGlite run this block is collected but never run, and has no server URL.
  const url = () => databaseUrl(serverUrl, database)
  // One connection, so every statement meets the statements prepared before it.
  const open = (options?: { maxNamed: number }) =>
    new Kysely<{ notes: { id: number; body: string } }>({
      dialect: new PostgresDialect({ pool: namedStatementPool(new pg.Pool({ connectionString: url(), max: 1 }), options) }),
    })
  let db: ReturnType<typeof open>

  beforeAll(async () => {
    await onServer(serverUrl, (client) => client.query(`create database "${database}"`))
    db = open()
    await sql`create table notes (id int primary key, body text)`.execute(db)
  })
  afterAll(async () => {
    await db?.destroy()
    await dropDatabase(serverUrl, database)
  })

  const prepared = async (on = db) =>
    (await sql<{ statement: string }>`select statement from pg_prepared_statements order by statement`.execute(on)).rows.map((row) => row.statement)

  test('a statement with parameters is prepared once and then reused', async () => {
    for (let id = 1; id <= 3; id += 1)
      await db
        .insertInto('notes')
        .values({ id, body: `note ${id}` })
        .execute()
    const rows = await db.selectFrom('notes').select('body').where('id', '>=', 2).orderBy('id').execute()
    expect(rows).toEqual([{ body: 'note 2' }, { body: 'note 3' }])
    expect(await prepared()).toEqual(['insert into "notes" ("id", "body") values ($1, $2)', 'select "body" from "notes" where "id" >= $1 order by "id"'])
  })

  test('a statement without parameters runs unnamed, several at once', async () => {
    await sql.raw('update notes set body = body; select 1').execute(db)
    expect(await prepared()).not.toContain('update notes set body = body; select 1')
  })

  test('after another session changes the columns, the statement is prepared again and answers', async () => {
    const select = () => sql`select * from notes where id = ${1}`.execute(db)
    expect((await select()).rows).toEqual([{ id: 1, body: 'note 1' }])
    await onServer(url(), (client) => client.query('alter table notes add column memo text'))
    expect((await select()).rows).toEqual([{ id: 1, body: 'note 1', memo: null }])
  })

  test('inside a transaction a changed statement fails with its own error, and the transaction rolls back', async () => {
    const select = (on: Kysely<never>) => sql`select * from notes where id = ${2}`.execute(on)
    await select(db as never)
    await onServer(url(), (client) => client.query('alter table notes add column extra int'))
    const work = db.transaction().execute(async (trx) => {
      await trx.updateTable('notes').set({ body: 'changed' }).where('id', '=', 2).execute()
      await select(trx as never)
    })
    await expect(work).rejects.toThrow(/cached plan must not change result type/)
    expect((await select(db as never)).rows).toEqual([{ id: 2, body: 'note 2', memo: null, extra: null }])
  })

  test('past the cap further statements run unnamed', async () => {
    const capped = open({ maxNamed: 1 })
    try {
      await capped.selectFrom('notes').select('id').where('id', '=', 1).execute()
      await capped.selectFrom('notes').select('body').where('id', '=', 1).execute()
      expect(await prepared(capped)).toEqual(['select "id" from "notes" where "id" = $1'])
    } finally {
      await capped.destroy()
    }
  })
})
