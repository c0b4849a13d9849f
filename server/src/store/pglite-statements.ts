import { messages, type PGlite, parse, protocol, type Results } from '@electric-sql/pglite'

const { serialize } = protocol

// Each distinct SQL text holds a plan in the backend; the relay issues a few hundred at most, so
// the cap only matters if something builds SQL with values inlined.
const MAX_STATEMENTS = 500

// A statement's result columns are fixed when it is prepared; after DDL PostgreSQL refuses to run
// one whose columns changed ("cached plan must not change result type"), so DDL forgets them all.
const DDL_COMMANDS = new Set(['CREATE', 'ALTER', 'DROP'])

/** A prepared statement: its name, its parameters' types and the columns it answers (none for NoData). */
type Statement = { name: string; paramTypes: number[]; columns: messages.BackendMessage[] }

// Counted across instances: two of them on one PGlite (tests) must not reuse each other's names.
let statementCount = 0

export type PgliteStatements = {
  /** Runs one statement with parameters, prepared once per SQL text. */
  run<R>(sql: string, parameters: readonly unknown[]): Promise<Results<R>>
  /** Runs SQL without parameters (the simple protocol: several statements allowed); returns the last result. */
  exec<R>(sql: string): Promise<Results<R> | undefined>
}

const concat = (parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

/**
 * Named prepared statements on PGlite. `pglite.query()` parses and plans every statement again and
 * crosses into the backend six times (parse, describe, bind, describe, execute, sync); here a
 * statement is parsed and described once and each run is one round trip (bind, execute, sync)
 * that reuses its plan. Values are serialised and rows parsed with the instance's own serializers and
 * parsers, so results are exactly those of `query()`. Callers run one statement at a time (the
 * dialect's mutex).
 */
export const pgliteStatements = (pglite: PGlite, { maxStatements = MAX_STATEMENTS } = {}): PgliteStatements => {
  // Insertion order is use order (a hit is re-inserted): the first key is the least recently used.
  const statements = new Map<string, Statement>()

  const prepare = async (sql: string): Promise<Statement> => {
    statementCount += 1
    const name = `relay_${statementCount}`
    const message = concat([serialize.parse({ name, text: sql }), serialize.describe({ type: 'S', name }), serialize.sync()])
    const { messages: replies } = await pglite.execProtocol(message, { syncToFs: false })
    const description = replies.find((reply): reply is messages.ParameterDescriptionMessage => reply.name === 'parameterDescription')
    const columns = replies.filter((reply) => reply.name === 'rowDescription')
    const statement = { name, paramTypes: description?.dataTypeIDs ?? [], columns }
    statements.set(sql, statement)
    if (statements.size > maxStatements) {
      const [oldestSql, oldest] = statements.entries().next().value as [string, Statement]
      statements.delete(oldestSql)
      await pglite.execProtocol(concat([serialize.close({ type: 'S', name: oldest.name }), serialize.sync()]), { syncToFs: false })
    }
    return statement
  }

  const serializeValue = (value: unknown, oid: number | undefined): string | null => {
    if (value === null || value === undefined) return null
    const serializer = oid === undefined ? undefined : pglite.serializers[oid]
    return serializer ? serializer(value) : String(value)
  }

  const run = async <R>(sql: string, parameters: readonly unknown[]): Promise<Results<R>> => {
    let statement = statements.get(sql)
    if (statement) {
      statements.delete(sql)
      statements.set(sql, statement)
    } else {
      statement = await prepare(sql)
    }
    const { name, paramTypes, columns } = statement
    const values = parameters.map((value, i) => serializeValue(value, paramTypes[i]))
    const message = concat([serialize.bind({ statement: name, values }), serialize.execute(), serialize.sync()])
    const { messages: replies } = await pglite.execProtocol(message)
    // The columns were described when the statement was prepared (results come as text, as then).
    return parse.parseResults([...columns, ...replies], pglite.parsers)[0] as Results<R>
  }

  const forgetAll = async () => {
    statements.clear()
    await pglite.exec('deallocate all')
  }

  return {
    run: <R>(sql: string, parameters: readonly unknown[]) =>
      run<R>(sql, parameters).catch((error: unknown) => {
        // As `query()` does: a database error says which statement failed.
        if (error instanceof messages.DatabaseError) Object.assign(error, { query: sql, params: parameters, queryOptions: undefined })
        throw error
      }),
    exec: async (sql) => {
      const results = await pglite.exec(sql)
      if (statements.size > 0 && results.some((result) => DDL_COMMANDS.has(result.command ?? ''))) await forgetAll()
      return results.at(-1) as Results<never> | undefined
    },
  }
}
