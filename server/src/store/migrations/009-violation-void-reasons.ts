import type { Kysely } from 'kysely'
import { sql } from 'kysely'

/**
 * A void the relay words itself (a corrected client-payment date, AT-1.6 → AT-4.1) gets a code and
 * the facts it names beside the English `void_reason`, so the widget says it in the user's language;
 * a void vendor staff typed has no code. Earlier voids keep their text: it does not hold the deadline
 * they replaced.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    alter table violations
      add column void_code text check (void_code in ('clientPaymentCorrected')),
      -- The facts the code names: invoice number, dates and deadlines before and after, staff's reason.
      add column void_params jsonb,
      add constraint violations_void_params check ((void_code is null) = (void_params is null)),
      add constraint violations_void_code_voided check (void_code is null or voided_at is not null);
  `.execute(db)
}
