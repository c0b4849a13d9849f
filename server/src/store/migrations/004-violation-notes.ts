import type { Kysely } from 'kysely'
import { sql } from 'kysely'

/**
 * Violation notes the relay words itself get a code and the facts they name beside the English
 * text, so the widget can say them in the user's language; a note vendor staff typed has no code.
 * Automatic rows written before this keep their text and get the code read back from it.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await noteColumns.execute(db)
  await codeWordedNotes(db)
}

const noteColumns = sql`
  alter table violations
    add column note_code text check (note_code in ('transferOverdue')),
    -- The facts the code names, e.g. {"invoiceNumber": "2026-000002", "transferDueOn": "2026-12-01"}.
    add column note_params jsonb,
    add constraint violations_note_params check ((note_code is null) = (note_params is null));
`

/** Gives the automatic rows whose note the relay worded their code; staff notes stay as typed. */
export const codeWordedNotes = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    update violations as target
    set note_code = 'transferOverdue', note_params = jsonb_build_object('invoiceNumber', found.m[1], 'transferDueOn', found.m[2])
    from (
      select id, regexp_match(note, '^Transfer for invoice (.+) not received by ([0-9]{4}-[0-9]{2}-[0-9]{2})$') as m
      from violations where note_code is null and source = 'auto-overdue'
    ) as found
    where found.id = target.id and found.m is not null`.execute(db)
}
