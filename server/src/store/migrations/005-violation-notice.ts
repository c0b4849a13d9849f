import type { Kysely } from 'kysely'
import { sql } from 'kysely'

/**
 * When the partner was told of a violation (AT-4.1, AG-1.5: a repeat counts only after a notice).
 * The relay tells the partner in the transaction that records the violation (its overview lists it,
 * the outbox e-mails it), so rows written before this column were noticed when they were created.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`alter table violations add column noticed_at timestamptz`.execute(db)
  await sql`update violations set noticed_at = created_at`.execute(db)
  await sql`alter table violations alter column noticed_at set not null, alter column noticed_at set default now()`.execute(db)
}
