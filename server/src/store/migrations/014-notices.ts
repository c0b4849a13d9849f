import type { Kysely } from 'kysely'
import { sql } from 'kysely'

/**
 * What the relay tells a partner (all its installations) or vendor staff: a kind, the rule, the
 * facts the widget words, the card or overview it leads to, and whether the recipient read it. One
 * row per event and recipient (`event_key`, `recipient`), so an event recorded twice, a reminder pass
 * run on two relays at once or again after a restart tells each recipient once. `subject` names what
 * it is about ('invoice:<id>', 'pin:<id>', 'violation:<id>', 'partner:<id>'): once that is done the
 * notices about it are read.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    create table notices (
      id bigserial primary key,
      recipient text not null check (recipient = 'staff' or recipient like 'partner:%'),
      partner_id text references partners (id),
      kind text not null,
      rule text,
      params jsonb not null,
      account_number text,
      subject text not null,
      due_on date,
      event_key text not null,
      created_at timestamptz not null,
      read_at timestamptz,
      unique (event_key, recipient)
    );
    create index notices_by_recipient on notices (recipient, id desc);
    create index notices_by_subject on notices (subject) where read_at is null;
  `.execute(db)
}
