import type { Kysely } from 'kysely'
import { sql } from 'kysely'

/**
 * The relay's tables. Text ids are UUIDs made by the application; money is bigint kopecks;
 * calendar dates are `date`; moments are timestamptz.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await partnersAndInstallations.execute(db)
  await clientsAndPins.execute(db)
  await invoicesAndViolations.execute(db)
  await ledger.execute(db)
  await serviceTables.execute(db)
}

const partnersAndInstallations = sql`
  create table partners (
    id text primary key,
    name text not null,
    inn text not null,
    kpp text,
    email text not null,
    address text,
    countries text[] not null default '{RU}',
    status text not null,
    current_discount_bps integer check (current_discount_bps between 0 and 10000),
    state text not null default 'active'
      check (state in ('active', 'restricted', 'expulsion_pending', 'expelled')),
    agreement_signed_on date,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  );

  -- A partner installation acts for exactly one partner, a vendor (staff) one for none.
  create table installations (
    id text primary key,
    crm text not null check (crm in ('amocrm', 'bitrix24')),
    account text not null,
    domain text not null,
    role text not null check (role in ('partner', 'vendor')),
    partner_id text references partners (id),
    created_at timestamptz not null default now(),
    unique (crm, account),
    check ((role = 'partner') = (partner_id is not null))
  );

  create table link_codes (
    code text primary key,
    role text not null check (role in ('partner', 'vendor')),
    partner_id text references partners (id),
    expires_at timestamptz not null,
    used_at timestamptz,
    used_by text,
    check ((role = 'partner') = (partner_id is not null))
  );
`

const clientsAndPins = sql`
  create table clients (
    account_number text primary key,
    name text not null,
    inn text,
    email text,
    phone text,
    country text not null default 'RU',
    is_demo boolean not null default false,
    registered_by text references partners (id),
    negotiation_open boolean not null default false,
    negotiation_note text,
    created_at timestamptz not null default now()
  );

  create table pins (
    id text primary key,
    account_number text not null references clients (account_number),
    partner_id text not null references partners (id),
    state text not null check (state in ('requested', 'approved', 'rejected', 'released')),
    reason text,
    reference text,
    requested_at timestamptz not null default now(),
    decided_at timestamptz,
    released_at timestamptz,
    valid_until date
  );

  -- Two partners racing for one client: the second insert waits for the first to commit, then
  -- fails with unique_violation, so an account never has two live pins.
  create unique index pins_one_live_per_account on pins (account_number)
    where state in ('requested', 'approved');
  create index pins_account on pins (account_number);
  create index pins_partner_state on pins (partner_id, state);
`

const invoicesAndViolations = sql`
  -- Numbers are gapless per year: the next seq comes from this row, locked by the transaction
  -- that writes the invoice (X-3).
  create table invoice_counters (
    year integer primary key,
    last_seq integer not null check (last_seq >= 0)
  );

  create table invoices (
    id text primary key,
    number text not null unique,
    year integer not null,
    seq integer not null,
    partner_id text not null references partners (id),
    account_number text references clients (account_number),
    state text not null check (state in ('issued', 'settled', 'void')),
    lines jsonb not null,
    list_kop bigint not null check (list_kop >= 0),
    reward_kop bigint not null check (reward_kop >= 0),
    payable_kop bigint not null check (payable_kop >= 0),
    vat_kop bigint not null default 0 check (vat_kop >= 0),
    discount_source text not null,
    issued_on date not null,
    client_paid_on date,
    transfer_due_on date,
    transfer_due_estimated boolean not null default false,
    transfer_received_on date,
    on_time boolean,
    void_reason text,
    created_at timestamptz not null default now(),
    unique (year, seq)
  );
  create index invoices_partner_created on invoices (partner_id, created_at);
  create index invoices_account on invoices (account_number);
  create index invoices_state_due on invoices (state, transfer_due_on);

  create table violations (
    id text primary key,
    partner_id text not null references partners (id),
    rule text not null,
    source text not null check (source in ('auto-overdue', 'staff')),
    invoice_id text references invoices (id),
    note text not null,
    occurred_on date not null,
    voided_at timestamptz,
    void_reason text,
    created_at timestamptz not null default now(),
    check (source <> 'auto-overdue' or invoice_id is not null)
  );
  -- The overdue scan may run on several relays or twice: one live automatic violation per invoice.
  create unique index violations_one_live_auto_overdue_per_invoice on violations (invoice_id)
    where source = 'auto-overdue' and voided_at is null;
  create index violations_partner on violations (partner_id, occurred_on);
`

/** Double-entry and append-only in the database itself, whatever the code above does. */
const ledger = sql`
  create table ledger_transactions (
    id bigserial primary key,
    kind text not null,
    partner_id text,
    invoice_id text,
    reverses_id bigint unique references ledger_transactions (id),
    memo text,
    created_at timestamptz not null default now()
  );
  create index ledger_transactions_partner on ledger_transactions (partner_id, id);
  create index ledger_transactions_invoice on ledger_transactions (invoice_id);

  create table ledger_postings (
    id bigserial primary key,
    transaction_id bigint not null references ledger_transactions (id),
    account text not null,
    amount_kop bigint not null,
    currency text not null default 'RUB'
  );
  create index ledger_postings_account on ledger_postings (account, id);
  create index ledger_postings_transaction on ledger_postings (transaction_id);

  -- Runs at commit for each posting written; reads only that transaction's postings through
  -- ledger_postings_transaction, so its cost does not grow with the ledger.
  create function ledger_check_balanced() returns trigger language plpgsql as $$
  declare
    unbalanced record;
  begin
    select currency, sum(amount_kop) as total into unbalanced
      from ledger_postings
      where transaction_id = new.transaction_id
      group by currency
      having sum(amount_kop) <> 0
      limit 1;
    if found then
      raise exception 'ledger transaction % does not balance: % % off', new.transaction_id, unbalanced.total, unbalanced.currency
        using errcode = 'check_violation';
    end if;
    return null;
  end
  $$;

  create constraint trigger ledger_postings_balanced
    after insert on ledger_postings
    deferrable initially deferred
    for each row execute function ledger_check_balanced();

  create function ledger_refuse_change() returns trigger language plpgsql as $$
  begin
    raise exception '% is append-only: correct with a reversing transaction', tg_table_name
      using errcode = 'restrict_violation';
  end
  $$;

  create trigger ledger_transactions_append_only
    before update or delete or truncate on ledger_transactions
    for each statement execute function ledger_refuse_change();
  create trigger ledger_postings_append_only
    before update or delete or truncate on ledger_postings
    for each statement execute function ledger_refuse_change();
`

const serviceTables = sql`
  -- A replayed write returns the stored response; the same key with another body is refused (X-6).
  create table idempotency_keys (
    scope text not null,
    key text not null,
    request_hash text not null,
    status integer not null,
    body jsonb,
    created_at timestamptz not null default now(),
    primary key (scope, key)
  );

  create table audit_log (
    id bigserial primary key,
    at timestamptz not null default now(),
    actor_kind text not null,
    crm text,
    account text,
    user_id text,
    action text not null,
    entity text not null,
    entity_id text not null,
    before jsonb,
    after jsonb,
    reason text
  );
  create index audit_log_entity on audit_log (entity, entity_id);

  create table outbox (
    id bigserial primary key,
    kind text not null,
    to_email text not null,
    subject text not null,
    body text not null,
    created_at timestamptz not null default now(),
    sent_at timestamptz,
    attempts integer not null default 0,
    last_error text
  );
  create index outbox_unsent on outbox (id) where sent_at is null;
`
