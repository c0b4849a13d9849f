import type { Kysely } from 'kysely'
import { sql } from 'kysely'

/**
 * Live partner statuses (AG-3, AG-4, AG-REQ): authorization and certificate dates, yearly terms
 * and renewal flags on partners; status history and scheduled changes; applications; requirement
 * evidence; half-year reviews; deal registrations as pins with a kind, and their renewal requests.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await partnerColumns.execute(db)
  await registrations.execute(db)
  await statusTables.execute(db)
  await reviews.execute(db)
}

const partnerColumns = sql`
  alter table partners
    add column authorized_on date,
    add column certificate_valid_until date,
    add column status_valid_until date,
    -- Individual half-year thresholds by status, kopecks as JSON numbers (AG-REQ ***).
    add column volume_thresholds jsonb not null default '{}',
    -- A distributor's network member (AG-REQ): one level deep, never itself.
    add column parent_partner_id text references partners (id),
    -- Yearly renewals that need vendor staff: [{kind, dueOn, flaggedOn, missing}] (AG-3.2, AG-3.3a).
    add column renewal_flags jsonb not null default '[]',
    add constraint partners_not_own_parent check (parent_partner_id is null or parent_partner_id <> id);
  create index partners_parent on partners (parent_partner_id) where parent_partner_id is not null;
  create index partners_certificate_due on partners (certificate_valid_until) where certificate_valid_until is not null;
`

const registrations = sql`
  alter table pins
    add column kind text not null default 'client' check (kind in ('client', 'project')),
    add column source text not null default 'partner' check (source in ('partner', 'vendor-lead')),
    add column project_name text,
    add column project_discount_bps integer check (project_discount_bps between 0 and 10000),
    add constraint pins_project_named check ((kind = 'project') = (project_name is not null)),
    add constraint pins_discount_on_projects check (kind = 'project' or project_discount_bps is null);
  create index pins_expiring on pins (valid_until) where state = 'approved' and valid_until is not null;

  -- The project registration an invoice was priced under: a project deal (AG-REQ **).
  alter table invoices add column project_pin_id text references pins (id);
  create index invoices_settled_on on invoices (transfer_received_on) where state = 'settled';

  create table renewal_requests (
    id text primary key,
    pin_id text not null references pins (id),
    partner_id text not null references partners (id),
    state text not null check (state in ('pending', 'approved', 'rejected')),
    note text,
    requested_at timestamptz not null,
    decided_at timestamptz,
    reason text,
    valid_until_before date,
    valid_until_after date
  );
  create unique index renewal_requests_one_pending on renewal_requests (pin_id) where state = 'pending';
`

const statusTables = sql`
  create table status_history (
    id bigserial primary key,
    partner_id text not null references partners (id),
    from_status text,
    to_status text not null,
    effective_on date not null,
    valid_until date,
    source text not null check (source in ('created', 'authorization', 'application', 'review', 'staff', 'renewal')),
    source_id text,
    reason text,
    recorded_at timestamptz not null
  );
  create index status_history_partner on status_history (partner_id, id);

  -- Decided now, effective later (a quarter start, a publication date); the job applies them.
  create table status_changes (
    id text primary key,
    partner_id text not null references partners (id),
    from_status text not null,
    to_status text not null,
    effective_on date not null,
    valid_until date,
    source text not null check (source in ('application', 'review', 'staff')),
    source_id text,
    reason text,
    state text not null default 'pending' check (state in ('pending', 'applied', 'superseded', 'cancelled')),
    created_at timestamptz not null,
    settled_at timestamptz,
    settle_reason text
  );
  create index status_changes_due on status_changes (effective_on) where state = 'pending';
  create index status_changes_partner on status_changes (partner_id, state);

  create table status_applications (
    id text primary key,
    partner_id text not null references partners (id),
    status text not null,
    state text not null check (state in ('pending', 'approved', 'refused')),
    applied_on date not null,
    note text,
    checklist jsonb not null,
    decided_at timestamptz,
    decision_note text,
    change_id text references status_changes (id),
    created_at timestamptz not null
  );
  create unique index status_applications_one_pending on status_applications (partner_id) where state = 'pending';

  create table requirement_evidence (
    id text primary key,
    partner_id text not null references partners (id),
    requirement text not null,
    recorded_on date not null,
    valid_until date,
    note text not null,
    recorded_by text not null,
    voided_at timestamptz,
    void_reason text,
    created_at timestamptz not null,
    check (valid_until is null or valid_until >= recorded_on)
  );
  create index requirement_evidence_partner on requirement_evidence (partner_id, requirement);
`

const reviews = sql`
  -- One review per half-year: recomputed while a draft, final once confirmed (AG-3.3b).
  create table status_reviews (
    id text primary key,
    period text not null unique,
    period_from date not null,
    period_to date not null,
    publication_on date not null,
    state text not null check (state in ('draft', 'confirmed')),
    computed_at timestamptz not null,
    confirmed_at timestamptz
  );

  create table review_proposals (
    review_id text not null references status_reviews (id),
    partner_id text not null references partners (id),
    current_status text not null,
    proposed_status text not null,
    eligible jsonb not null,
    include_project_deals boolean not null,
    volume_kop bigint not null,
    project_deals_volume_kop bigint not null,
    checklists jsonb not null,
    decided_status text,
    decision_note text,
    primary key (review_id, partner_id)
  );
`
