import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely'
import { describe, expect, test } from 'vitest'
import { compileOnce } from './compile-once'
import type { Db } from './db'
import { invoicesOfClientQuery, invoicesOfClientStatements } from './queries/invoices'
import { clientCardQuery, clientCardStatements, clientWithPinHistoryQuery, clientWithPinHistoryStatements } from './queries/pins'
import type { Database } from './schema'

// Compiling needs no database: PostgreSQL's compiler over a driver that never connects.
const db: Db = new Kysely<Database>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (kysely) => new PostgresIntrospector(kysely),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
})

const sameStatement = (compiled: { sql: string; parameters: readonly unknown[] }, built: { sql: string; parameters: readonly unknown[] }) =>
  expect({ sql: compiled.sql, parameters: compiled.parameters }).toEqual({ sql: built.sql, parameters: built.parameters })

describe('statements compiled once say what the builder compiles', () => {
  test("the card's client and pin history, for vendor staff and for a partner", () => {
    sameStatement(clientWithPinHistoryStatements.forStaff.compile(db, '100200'), clientWithPinHistoryQuery(db, '100200', null).compile())
    sameStatement(clientWithPinHistoryStatements.forPartner.compile(db, '100200', 'partner-1'), clientWithPinHistoryQuery(db, '100200', 'partner-1').compile())
    // The caller's id comes before the account number in the SQL: the parameters follow the SQL.
    expect(clientWithPinHistoryStatements.forPartner.compile(db, 'A', 'P').parameters).toEqual(['P', 'A'])
  })

  test("the card's invoices, for vendor staff and for a partner", () => {
    sameStatement(invoicesOfClientStatements.forStaff.compile(db, '100200'), invoicesOfClientQuery(db, { accountNumber: '100200', partnerId: null }).compile())
    sameStatement(
      invoicesOfClientStatements.forPartner.compile(db, '100200', 'partner-1'),
      invoicesOfClientQuery(db, { accountNumber: '100200', partnerId: 'partner-1' }).compile(),
    )
  })

  test("the card's one statement, for vendor staff and for a partner", () => {
    sameStatement(clientCardStatements.forStaff.compile(db, '100200'), clientCardQuery(db, '100200', null).compile())
    sameStatement(clientCardStatements.forPartner.compile(db, '100200', 'partner-1'), clientCardQuery(db, '100200', 'partner-1').compile())
    // The caller's id is a parameter twice (its standing, its invoices), the account number once, last.
    expect(clientCardStatements.forPartner.compile(db, 'A', 'P').parameters).toEqual(['P', 'P', 'A'])
  })
})

describe('compileOnce', () => {
  test('keeps the values the builder writes in and puts each argument where it compiles', () => {
    const statement = compileOnce(
      (db: Db, partnerId: string, accountNumber: string) =>
        db
          .selectFrom('pins')
          .select('id')
          .where('account_number', '=', accountNumber)
          .where('state', 'in', ['requested', 'approved'])
          .where('partner_id', '=', partnerId),
      2,
    )
    const compiled = statement.compile(db, 'P', 'A')
    expect(compiled.parameters).toEqual(['A', 'requested', 'approved', 'P'])
    expect(compiled.sql).toBe('select "id" from "pins" where "account_number" = $1 and "state" in ($2, $3) and "partner_id" = $4')
  })

  test('refuses a builder that leaves an argument out of its parameters', () => {
    const statement = compileOnce((db: Db, _accountNumber: string) => db.selectFrom('pins').select('id'), 1)
    expect(() => statement.compile(db, 'A')).toThrow(/must be one of its parameters/)
  })
})
