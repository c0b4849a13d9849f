import type { Kysely } from 'kysely'
import { sql } from 'kysely'

/**
 * What the relay writes into an installation's own CRM (issue 12): the installation's choices (all
 * off until it turns them on), the CRM cards its widget was used on for each client, and the
 * outbox of tasks and notes, drained by a job outside any request's transaction. The unique `key`
 * (event, subject, installation) makes each write happen once across relays and retries; `crm_id`
 * keeps the CRM's own id of a task so the relay can close it later.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    create table crm_write_settings (
      installation_id text primary key references installations (id) on delete cascade,
      transfer_tasks boolean not null default false,
      pin_notes boolean not null default false,
      violation_notes boolean not null default false,
      pin_request_tasks boolean not null default false,
      entity_type text not null default 'company' check (entity_type in ('company', 'contact', 'lead', 'deal')),
      responsible_user_id text check (responsible_user_id ~ '^[0-9]{1,20}$'),
      updated_at timestamptz not null
    );
  `.execute(db)
  await sql`
    create table crm_cards (
      installation_id text not null references installations (id) on delete cascade,
      account_number text not null,
      entity_type text not null check (entity_type in ('company', 'contact', 'lead', 'deal')),
      entity_id text not null check (entity_id ~ '^[0-9]{1,20}$'),
      seen_at timestamptz not null,
      primary key (installation_id, account_number, entity_type)
    );
  `.execute(db)
  await sql`
    create table crm_writes (
      id bigserial primary key,
      key text not null unique,
      installation_id text not null references installations (id) on delete cascade,
      event text not null,
      subject_id text not null,
      kind text not null check (kind in ('task', 'close-task', 'note')),
      account_number text,
      text text not null check (length(text) between 1 and 2000),
      due_on date,
      task_key text,
      state text not null default 'pending' check (state in ('pending', 'done', 'skipped', 'failed')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null,
      crm_id text,
      entity_type text,
      entity_id text,
      last_error text check (length(last_error) <= 300),
      created_at timestamptz not null default now(),
      done_at timestamptz
    );
  `.execute(db)
  await sql`create index crm_writes_due on crm_writes (next_attempt_at, id) where state = 'pending'`.execute(db)
  await sql`create index crm_writes_subject on crm_writes (subject_id, event)`.execute(db)
}
