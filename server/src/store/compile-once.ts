import { type Compilable, CompiledQuery } from 'kysely'
import type { Db } from './db'

/** A placeholder value for the argument at an index: unique enough that no real value or SQL holds it. */
const PLACEHOLDER = '\u0000compile-once argument '
const placeholder = (index: number) => `${PLACEHOLDER}${index}`

/** Where each parameter of the compiled statement comes from: an argument, or a value the builder wrote in. */
type Slot = { readonly argument: number } | { readonly value: unknown }

type Compiled = { readonly sql: string; readonly slots: readonly Slot[] }

const compile = <A extends string[]>(db: Db, build: (db: Db, ...args: A) => Compilable<unknown>, arity: number): Compiled => {
  const placeholders = Array.from({ length: arity }, (_, index) => placeholder(index)) as A
  const { sql, parameters } = build(db, ...placeholders).compile()
  if (sql.includes(PLACEHOLDER)) throw new Error('A statement compiled once takes its arguments as parameters, never in its SQL')
  const used = new Set<number>()
  const slots = parameters.map((value): Slot => {
    if (typeof value !== 'string' || !value.startsWith(PLACEHOLDER)) return { value }
    const argument = placeholders.indexOf(value)
    if (argument < 0) throw new Error('A statement compiled once passes its arguments to the database as they are')
    used.add(argument)
    return { argument }
  })
  if (used.size !== arity) throw new Error('Every argument of a statement compiled once must be one of its parameters')
  return { sql, slots }
}

/**
 * A statement of a fixed shape, built and compiled by Kysely once (on its first run) and then sent as
 * that SQL with the caller's values in compiled order: building and compiling a query costs more
 * than some whole statements on the hottest reads. The builder stays the one source of the SQL: it is
 * compiled with a placeholder for each argument and the placeholders are mapped back to positions,
 * so the SQL and the parameter order cannot drift from what Kysely would send.
 *
 * The builder must not branch on its arguments' values (a branch is a different shape: give it its
 * own statement), and every argument must end up as a parameter. The relay only runs on PostgreSQL
 * (server or PGlite), which compile alike, so one compiled form serves every database.
 */
export const compileOnce = <A extends string[], O>(build: (db: Db, ...args: A) => Compilable<O>, arity: A['length']) => {
  let compiled: Compiled | undefined
  const compiledFor = (db: Db): Compiled => {
    compiled ??= compile(db, build, arity)
    return compiled
  }
  /** The SQL and parameters this statement sends for these arguments (what the builder compiles). */
  const compileWith = (db: Db, ...args: A): CompiledQuery<O> => {
    const { sql, slots } = compiledFor(db)
    const parameters = slots.map((slot) => ('argument' in slot ? args[slot.argument] : slot.value))
    return CompiledQuery.raw(sql, parameters) as CompiledQuery<O>
  }
  /** Runs the statement: its rows. */
  const execute = async (db: Db, ...args: A): Promise<O[]> => (await db.executeQuery(compileWith(db, ...args))).rows
  /** Runs the statement: its first row, if any. */
  const executeTakeFirst = async (db: Db, ...args: A): Promise<O | undefined> => (await execute(db, ...args))[0]
  return { compile: compileWith, execute, executeTakeFirst }
}
