import type { Kysely } from 'kysely'
import { sql } from 'kysely'

/**
 * What a vendor brings from the cabinet it leaves (issue 10): the sublicense terms its clients have
 * paid, and its historic invoices under their own numbers. Historic invoices stay out of `invoices`
 * (so out of the gapless live series, the overdue scan and the ledger) and out of the ledger: their
 * money moved before the relay kept books, and a posting the relay did not book would make the
 * balances, which are derived from postings, say what never happened here.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    create table imported_terms (
      id text primary key,
      account_number text not null references clients (account_number),
      sku text not null,
      name text not null,
      quantity integer not null check (quantity > 0),
      paid_until date not null,
      imported_at timestamptz not null default now(),
      unique (account_number, sku, paid_until)
    );

    create table historic_invoices (
      id text primary key,
      number text not null unique,
      partner_id text not null references partners (id),
      account_number text references clients (account_number),
      issued_on date not null,
      lines jsonb not null,
      total_kop bigint not null check (total_kop >= 0),
      client_paid_on date,
      transfer_received_on date,
      imported_at timestamptz not null default now()
    );
    create index historic_invoices_account on historic_invoices (account_number);
  `.execute(db)
}
