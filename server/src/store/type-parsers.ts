import pg from 'pg'

/**
 * How result values are parsed, identical on PGlite and node-postgres so the code above the store
 * never sees a difference: money (int8) is a bigint, a calendar date stays the 'YYYY-MM-DD' text
 * PostgreSQL sent (a Date would shift it by the local time zone), numeric stays a string.
 * timestamptz becomes a Date and int4 a number on both engines by default.
 */
const INT8 = 20
const TEXT_ARRAY = 1009
const INT8_ARRAY = 1016
const DATE = 1082
const DATE_ARRAY = 1182

type Parse = (value: string) => unknown

const parseBigint = (value: string): bigint => BigInt(value)
const keepText = (value: string): string => value

/** Parsers for `PGlite.create({ parsers })`; PGlite derives the array parsers from these. */
export const pgliteParsers: Record<number, Parse> = {
  [INT8]: parseBigint,
  [DATE]: keepText,
}

// pg's own typing only lists scalar type ids.
const pgDefaultParser = pg.types.getTypeParser as (oid: number, format?: 'text' | 'binary') => Parse
const parseTextArray = pgDefaultParser(TEXT_ARRAY) as (value: string) => (string | null)[]

const pgParsers: Record<number, Parse> = {
  ...pgliteParsers,
  [INT8_ARRAY]: (value) => parseTextArray(value).map((item) => (item === null ? null : BigInt(item))),
  [DATE_ARRAY]: parseTextArray,
}

/** Type parsers for one node-postgres pool (the global `pg.types` is left alone). */
export const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => pgParsers[oid] ?? pgDefaultParser(oid, format)) as typeof pg.types.getTypeParser,
}
