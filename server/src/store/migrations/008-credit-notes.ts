import type { Kysely } from 'kysely'
import { sql } from 'kysely'

/**
 * Credit notes (X-2, X-3): a document against an invoice that credits some of its lines, with a
 * gapless number of its own per year (`К-2026-000001`). The invoice counter becomes a counter per
 * series, so both numberings take their next number from the same locked row mechanism; the
 * invoices' rows keep their years under the series 'invoice'.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    alter table invoice_counters add column series text not null default 'invoice' check (series in ('invoice', 'credit-note'));
    alter table invoice_counters drop constraint invoice_counters_pkey;
    alter table invoice_counters add primary key (series, year);

    create table credit_notes (
      id text primary key,
      number text not null unique,
      year integer not null,
      seq integer not null,
      invoice_id text not null references invoices (id),
      partner_id text not null references partners (id),
      -- Each credited line: the invoice line's index, what it was, what it becomes, the difference.
      lines jsonb not null,
      list_kop bigint not null check (list_kop > 0),
      reward_kop bigint not null check (reward_kop >= 0),
      payable_kop bigint not null check (payable_kop >= 0),
      vat_kop bigint not null check (vat_kop >= 0),
      reason text not null,
      issued_on date not null,
      created_at timestamptz not null default now(),
      unique (year, seq),
      check (reward_kop + payable_kop = list_kop)
    );
    create index credit_notes_invoice on credit_notes (invoice_id, year, seq);

    -- The statement names the note a transaction books, beside its invoice.
    alter table ledger_transactions add column credit_note_id text references credit_notes (id);
  `.execute(db)
}
