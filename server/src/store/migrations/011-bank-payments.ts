import type { Kysely } from 'kysely'
import { sql } from 'kysely'

/**
 * The bank payments recorded as partners' transfers from a statement (AT-1.6), by their identity
 * in the statement: the same statement loaded twice records nothing twice.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    create table bank_payments (
      key text primary key,
      number text not null,
      paid_on date not null,
      received_on date not null,
      amount_kop bigint not null check (amount_kop > 0),
      payer_inn text,
      invoice_ids text[] not null,
      recorded_at timestamptz not null default now()
    )
  `.execute(db)
}
