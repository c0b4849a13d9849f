import type { Kysely } from 'kysely'
import { sql } from 'kysely'

/**
 * Another partner's interest in an account that waits for a decision on someone else's pin request
 * (AT-1.2a): the request is still refused, but staff see who else asked, beside the first request.
 * One row per request and partner; asking again keeps the first time.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    create table pin_interests (
      id text primary key,
      pin_id text not null references pins (id),
      partner_id text not null references partners (id),
      created_at timestamptz not null,
      unique (pin_id, partner_id)
    );
  `.execute(db)
}
