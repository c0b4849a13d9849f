import type { Kysely } from 'kysely'
import { sql } from 'kysely'

/**
 * Countries a partner may sell to beyond those it is resident in, as its agreement allows (AG-1.3),
 * with the reason staff gave; and vendor staff's mark that the client confirmed it knows the partner,
 * with their note, on an approved pin (AT-4.4).
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    alter table partners
      add column extra_countries text[] not null default '{}',
      add column territory_reason text;
    alter table pins
      add column client_confirmed boolean not null default false,
      add column client_confirmation_note text,
      add constraint pins_confirmation_note check (client_confirmation_note is null or client_confirmed);
  `.execute(db)
}
