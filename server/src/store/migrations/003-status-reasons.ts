import type { Kysely, RawBuilder } from 'kysely'
import { sql } from 'kysely'

/**
 * Reasons the relay words itself get a code and the facts they name beside the English text, so
 * the widget can say them in the user's language; a reason vendor staff typed has no code. Rows
 * written before this keep their text and get the code read back from it.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await reasonColumns.execute(db)
  await codeWordedReasons(db)
}

const CODES = sql`('entered', 'authorized', 'applicationApproved', 'reviewConfirmed', 'scheduled', 'requirementsHeld')`

const reasonColumns = sql`
  alter table status_history
    add column reason_code text check (reason_code in ${CODES}),
    -- The facts the code names, e.g. {"appliedOn": "2026-05-12", "approvedOn": "2026-05-14"}.
    add column reason_params jsonb,
    add constraint status_history_reason_params check ((reason_code is null) = (reason_params is null));
  alter table status_changes
    add column reason_code text check (reason_code in ${CODES}),
    add column reason_params jsonb,
    add constraint status_changes_reason_params check ((reason_code is null) = (reason_params is null));
`

const DATE = '([0-9]{4}-[0-9]{2}-[0-9]{2})'

/** The texts the relay wrote until now; a group of the pattern per parameter, in order. */
const WORDED: { code: string; tables: ('status_history' | 'status_changes')[]; sources: string[]; pattern: string; params: string[] }[] = [
  { code: 'entered', tables: ['status_history'], sources: ['created'], pattern: '^Entered by the vendor$', params: [] },
  {
    code: 'authorized',
    tables: ['status_history'],
    sources: ['authorization'],
    pattern: `^AG-3[.]1: agreement signed on ${DATE}, transfer for invoice (.+) received on ${DATE}$`,
    params: ['agreementSignedOn', 'invoiceNumber', 'transferReceivedOn'],
  },
  {
    code: 'applicationApproved',
    tables: ['status_history', 'status_changes'],
    sources: ['application'],
    pattern: `^Application of ${DATE} approved on ${DATE} [(]AG-3[.]3a[)]$`,
    params: ['appliedOn', 'approvedOn'],
  },
  {
    code: 'reviewConfirmed',
    tables: ['status_history', 'status_changes'],
    sources: ['review'],
    pattern: `^Half-year review ([0-9]{4}-H[12]), list of ${DATE} [(]AG-3[.]3b[)]$`,
    params: ['period', 'publicationOn'],
  },
  {
    code: 'scheduled',
    tables: ['status_history'],
    sources: ['application', 'review', 'staff'],
    pattern: `^Scheduled change effective ${DATE} [(](AG-3[.]3a|AG-3[.]3b|vendor staff decision)[)]$`,
    params: ['effectiveOn'],
  },
  {
    code: 'requirementsHeld',
    tables: ['status_history'],
    sources: ['renewal'],
    pattern: `^AG-3[.]3a: requirements of ".*" hold on ${DATE}$`,
    params: ['checkedOn'],
  },
]

const backfillOne = (table: string, { code, sources, pattern, params }: (typeof WORDED)[number]): RawBuilder<unknown> => {
  const values = params.map((name, i) => sql`${sql.lit(name)}, found.m[${sql.lit(i + 1)}]`)
  return sql`
    update ${sql.table(table)} as target
    set reason_code = ${sql.lit(code)}, reason_params = jsonb_build_object(${sql.join(values)})
    from (select id, regexp_match(reason, ${sql.lit(pattern)}) as m from ${sql.table(table)} where reason_code is null and source in (${sql.join(sources.map((s) => sql.lit(s)))})) as found
    where found.id = target.id and found.m is not null`
}

/** Gives the rows whose reason the relay worded their code; rows with a code, or typed by staff, stay as they are. */
export const codeWordedReasons = async (db: Kysely<unknown>): Promise<void> => {
  for (const worded of WORDED) for (const table of worded.tables) await backfillOne(table, worded).execute(db)
}
