import type { ColumnType, Generated, Selectable } from 'kysely'

/**
 * The Kysely view of the database created by `migrations/`. Column types follow the type parsing
 * in `type-parsers.ts`: int8 → bigint, date → 'YYYY-MM-DD' string, timestamptz → Date.
 */

/** A calendar date, 'YYYY-MM-DD', in the program's time zone. */
type CalendarDate = string

/**
 * jsonb: parsed on read, written as JSON text (`JSON.stringify`, bigints made strings first):
 * node-postgres would send a JS array as a PostgreSQL array literal, not as JSON.
 */
type Jsonb<T> = ColumnType<T, string, string>
type NullableJsonb<T> = ColumnType<T | null, string | null | undefined, string | null>

export type PartnerState = 'active' | 'restricted' | 'expulsion_pending' | 'expelled'
export type Crm = 'amocrm' | 'bitrix24'
export type InstallationRole = 'partner' | 'vendor'
export type PinState = 'requested' | 'approved' | 'rejected' | 'released'
export type InvoiceState = 'issued' | 'settled' | 'void'
export type ViolationSource = 'auto-overdue' | 'staff'

export type PartnersTable = {
  id: string
  name: string
  inn: string
  kpp: string | null
  ogrn: Generated<string | null>
  email: string
  address: string | null
  countries: Generated<string[]>
  /** Countries beyond residence the partner's agreement allows (AG-1.3). */
  extra_countries: Generated<string[]>
  /** Why staff last set the partner's countries: the agreement's clause, as they wrote it. */
  territory_reason: string | null
  status: string
  current_discount_bps: number | null
  state: Generated<PartnerState>
  agreement_signed_on: CalendarDate | null
  authorized_on: CalendarDate | null
  certificate_valid_until: CalendarDate | null
  status_valid_until: CalendarDate | null
  /** Status id → kopecks (JSON numbers). */
  volume_thresholds: ColumnType<Record<string, number>, string | undefined, string>
  parent_partner_id: string | null
  renewal_flags: ColumnType<RenewalFlag[], string | undefined, string>
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export type RenewalFlag = { kind: 'certificate' | 'status'; dueOn: CalendarDate; flaggedOn: CalendarDate; missing: string[] }

export type InstallationsTable = {
  id: string
  crm: Crm
  account: string
  domain: string
  role: InstallationRole
  partner_id: string | null
  created_at: Generated<Date>
  /** When the account was last linked with a code: a re-link starts it again. */
  linked_at: Generated<Date>
  /** The last request it made, written at most once a minute (issue 10). */
  last_seen_at: Generated<Date | null>
  /** Vendor staff took its access away: every request is refused until it is linked again. */
  revoked_at: Generated<Date | null>
  revoked_reason: Generated<string | null>
}

export type CrmAccessState = 'active' | 'needs-reauthorisation' | 'revoked'

/** The sealed OAuth tokens of one installation (issue 12); `access_token`/`refresh_token` are ciphertext. */
export type CrmAccessTable = {
  installation_id: string
  crm: Crm
  api_host: string
  state: CrmAccessState
  access_token: string | null
  refresh_token: string | null
  access_expires_at: Date | null
  problem: string | null
  updated_at: Date
}

export type CrmEntityType = 'company' | 'contact' | 'lead' | 'deal'

/** What an installation lets the relay write into its own CRM (issue 12); all off by default. */
export type CrmWriteSettingsTable = {
  installation_id: string
  transfer_tasks: Generated<boolean>
  pin_notes: Generated<boolean>
  violation_notes: Generated<boolean>
  pin_request_tasks: Generated<boolean>
  entity_type: Generated<CrmEntityType>
  responsible_user_id: string | null
  updated_at: Date
}

/** A CRM card the installation's widget was used on for a client: where the relay writes about it. */
export type CrmCardsTable = {
  installation_id: string
  account_number: string
  entity_type: CrmEntityType
  entity_id: string
  seen_at: Date
}

export type CrmWriteKind = 'task' | 'close-task' | 'note'
export type CrmWriteState = 'pending' | 'done' | 'skipped' | 'failed'

/** The outbox of tasks and notes for the installations' CRMs (issue 12). */
export type CrmWritesTable = {
  id: Generated<bigint>
  key: string
  installation_id: string
  event: string
  subject_id: string
  kind: CrmWriteKind
  account_number: string | null
  text: string
  due_on: CalendarDate | null
  task_key: string | null
  state: Generated<CrmWriteState>
  attempts: Generated<number>
  next_attempt_at: Date
  crm_id: string | null
  entity_type: CrmEntityType | null
  entity_id: string | null
  last_error: string | null
  created_at: Generated<Date>
  done_at: Date | null
}

export type LinkCodesTable = {
  code: string
  role: InstallationRole
  partner_id: string | null
  expires_at: Date
  used_at: Date | null
  used_by: string | null
}

export type ClientsTable = {
  account_number: string
  name: string
  inn: string | null
  email: string | null
  phone: string | null
  country: Generated<string>
  is_demo: Generated<boolean>
  registered_by: string | null
  negotiation_open: Generated<boolean>
  negotiation_note: string | null
  created_at: Generated<Date>
}

/** Another partner asked for an account while this pin request waited for a decision (AT-1.2a). */
export type PinInterestsTable = {
  id: string
  pin_id: string
  partner_id: string
  created_at: Date
}

export type PinsTable = {
  id: string
  account_number: string
  partner_id: string
  state: PinState
  reason: string | null
  reference: string | null
  requested_at: Generated<Date>
  decided_at: Date | null
  released_at: Date | null
  valid_until: CalendarDate | null
  kind: Generated<PinKind>
  source: Generated<PinSource>
  project_name: string | null
  project_discount_bps: number | null
  /** AT-4.4: vendor staff confirmed with the client, before approving, that it knows the partner. */
  client_confirmed: Generated<boolean>
  client_confirmation_note: string | null
}

export type PinKind = 'client' | 'project'
export type PinSource = 'partner' | 'vendor-lead'

export type RenewalRequestsTable = {
  id: string
  pin_id: string
  partner_id: string
  state: 'pending' | 'approved' | 'rejected'
  note: string | null
  requested_at: Date
  decided_at: Date | null
  reason: string | null
  valid_until_before: CalendarDate | null
  valid_until_after: CalendarDate | null
}

export type InvoiceCountersTable = {
  /** Each numbering has its own gapless yearly sequence. */
  series: Generated<NumberSeries>
  year: number
  last_seq: number
}

export type NumberSeries = 'invoice' | 'credit-note'

export type CreditNotesTable = {
  id: string
  number: string
  year: number
  seq: number
  invoice_id: string
  partner_id: string
  lines: Jsonb<unknown[]>
  list_kop: bigint
  reward_kop: bigint
  payable_kop: bigint
  vat_kop: bigint
  reason: string
  issued_on: CalendarDate
  created_at: Generated<Date>
}

export type InvoicesTable = {
  id: string
  number: string
  year: number
  seq: number
  partner_id: string
  account_number: string | null
  state: InvoiceState
  lines: Jsonb<unknown[]>
  list_kop: bigint
  reward_kop: bigint
  payable_kop: bigint
  vat_kop: Generated<bigint>
  discount_source: string
  issued_on: CalendarDate
  client_paid_on: CalendarDate | null
  transfer_due_on: CalendarDate | null
  transfer_due_estimated: Generated<boolean>
  transfer_received_on: CalendarDate | null
  on_time: boolean | null
  void_reason: string | null
  created_at: Generated<Date>
  project_pin_id: string | null
}

export type SystemNoteCode = 'transferOverdue'
export type SystemVoidCode = 'clientPaymentCorrected'

export type ViolationsTable = {
  id: string
  partner_id: string
  rule: string
  source: ViolationSource
  invoice_id: string | null
  note: string
  /** Set when the relay worded the note itself; null for one vendor staff typed. */
  note_code: ColumnType<SystemNoteCode | null, SystemNoteCode | null | undefined, SystemNoteCode | null>
  note_params: NullableJsonb<Record<string, string>>
  occurred_on: CalendarDate
  voided_at: Date | null
  void_reason: string | null
  /** Set when the relay worded the void reason itself; null for one vendor staff typed. */
  void_code: ColumnType<SystemVoidCode | null, SystemVoidCode | null | undefined, SystemVoidCode | null>
  void_params: NullableJsonb<Record<string, string>>
  created_at: Generated<Date>
  /** When the partner was told of it (AT-4.1): the moment the relay recorded it and queued the e-mail. */
  noticed_at: Generated<Date>
}

export type StreamTicketsTable = {
  hash: string
  installation_id: string
  partner_id: string | null
  expires_at: Date
}

export type BankPaymentsTable = {
  key: string
  number: string
  paid_on: CalendarDate
  received_on: CalendarDate
  amount_kop: bigint
  payer_inn: string | null
  invoice_ids: string[]
  recorded_at: Generated<Date>
}

/** A sublicense term a client paid before the relay, brought in by an import (issue 10). */
export type ImportedTermsTable = {
  id: string
  account_number: string
  sku: string
  name: string
  quantity: number
  paid_until: CalendarDate
  imported_at: Generated<Date>
}

export type HistoricInvoiceLine = { sku: string; name: string; quantity: number; amountKop: string }

/** An invoice of the cabinet the vendor left, under its own number: outside the live series and the ledger. */
export type HistoricInvoicesTable = {
  id: string
  number: string
  partner_id: string
  account_number: string | null
  issued_on: CalendarDate
  lines: Jsonb<HistoricInvoiceLine[]>
  total_kop: bigint
  client_paid_on: CalendarDate | null
  transfer_received_on: CalendarDate | null
  imported_at: Generated<Date>
}

export type LedgerTransactionsTable = {
  id: Generated<bigint>
  kind: string
  partner_id: string | null
  invoice_id: string | null
  reverses_id: bigint | null
  memo: string | null
  credit_note_id: Generated<string | null>
  created_at: Generated<Date>
}

export type LedgerPostingsTable = {
  id: Generated<bigint>
  transaction_id: bigint
  account: string
  amount_kop: bigint
  currency: Generated<string>
}

export type IdempotencyKeysTable = {
  scope: string
  key: string
  request_hash: string
  status: number
  body: NullableJsonb<unknown>
  created_at: Generated<Date>
}

export type AuditLogTable = {
  id: Generated<bigint>
  at: Generated<Date>
  actor_kind: string
  crm: string | null
  account: string | null
  user_id: string | null
  action: string
  entity: string
  entity_id: string
  before: NullableJsonb<unknown>
  after: NullableJsonb<unknown>
  reason: string | null
}

export type OutboxTable = {
  id: Generated<bigint>
  kind: string
  to_email: string
  subject: string
  body: string
  created_at: Generated<Date>
  sent_at: Date | null
  attempts: Generated<number>
  last_error: string | null
}

export type NoticesTable = {
  id: Generated<bigint>
  /** 'partner:<id>' (every installation of that partner) or 'staff' (every vendor installation). */
  recipient: string
  /** The partner the notice is about: its recipient, or the one staff are told of. */
  partner_id: string | null
  kind: string
  rule: string | null
  params: Jsonb<Record<string, string>>
  /** The client card the notice leads to; null when it leads to the overview. */
  account_number: string | null
  due_on: CalendarDate | null
  /** What it is about: 'invoice:<id>', 'pin:<id>', 'violation:<id>' or 'partner:<id>'. */
  subject: string
  event_key: string
  created_at: Date
  read_at: Date | null
}

export type StatusSource = 'created' | 'authorization' | 'application' | 'review' | 'staff' | 'renewal'

export type SystemReasonCode = 'entered' | 'authorized' | 'applicationApproved' | 'reviewConfirmed' | 'scheduled' | 'requirementsHeld'

export type StatusHistoryTable = {
  id: Generated<bigint>
  partner_id: string
  from_status: string | null
  to_status: string
  effective_on: CalendarDate
  valid_until: CalendarDate | null
  source: StatusSource
  source_id: string | null
  reason: string | null
  /** A reason the relay worded itself: its code and the facts it names; both null when staff typed the reason. */
  reason_code: SystemReasonCode | null
  reason_params: NullableJsonb<Record<string, string>>
  recorded_at: Date
}

export type StatusChangeState = 'pending' | 'applied' | 'superseded' | 'cancelled'

export type StatusChangesTable = {
  id: string
  partner_id: string
  from_status: string
  to_status: string
  effective_on: CalendarDate
  valid_until: CalendarDate | null
  source: 'application' | 'review' | 'staff'
  source_id: string | null
  reason: string | null
  reason_code: SystemReasonCode | null
  reason_params: NullableJsonb<Record<string, string>>
  state: Generated<StatusChangeState>
  created_at: Date
  settled_at: Date | null
  settle_reason: string | null
}

export type StatusApplicationsTable = {
  id: string
  partner_id: string
  status: string
  state: 'pending' | 'approved' | 'refused'
  applied_on: CalendarDate
  note: string | null
  checklist: Jsonb<unknown>
  decided_at: Date | null
  decision_note: string | null
  change_id: string | null
  created_at: Date
}

export type RequirementEvidenceTable = {
  id: string
  partner_id: string
  requirement: string
  recorded_on: CalendarDate
  valid_until: CalendarDate | null
  note: string
  recorded_by: string
  voided_at: Date | null
  void_reason: string | null
  created_at: Date
}

export type StatusReviewsTable = {
  id: string
  period: string
  period_from: CalendarDate
  period_to: CalendarDate
  publication_on: CalendarDate
  state: 'draft' | 'confirmed'
  computed_at: Date
  confirmed_at: Date | null
}

export type ReviewProposalsTable = {
  review_id: string
  partner_id: string
  current_status: string
  proposed_status: string
  eligible: Jsonb<string[]>
  include_project_deals: boolean
  volume_kop: bigint
  project_deals_volume_kop: bigint
  checklists: Jsonb<unknown[]>
  decided_status: string | null
  decision_note: string | null
}

export type Database = {
  partners: PartnersTable
  installations: InstallationsTable
  link_codes: LinkCodesTable
  crm_access: CrmAccessTable
  crm_write_settings: CrmWriteSettingsTable
  crm_cards: CrmCardsTable
  crm_writes: CrmWritesTable
  clients: ClientsTable
  pins: PinsTable
  pin_interests: PinInterestsTable
  invoice_counters: InvoiceCountersTable
  invoices: InvoicesTable
  credit_notes: CreditNotesTable
  violations: ViolationsTable
  bank_payments: BankPaymentsTable
  imported_terms: ImportedTermsTable
  historic_invoices: HistoricInvoicesTable
  stream_tickets: StreamTicketsTable
  ledger_transactions: LedgerTransactionsTable
  ledger_postings: LedgerPostingsTable
  idempotency_keys: IdempotencyKeysTable
  audit_log: AuditLogTable
  outbox: OutboxTable
  notices: NoticesTable
  renewal_requests: RenewalRequestsTable
  status_history: StatusHistoryTable
  status_changes: StatusChangesTable
  status_applications: StatusApplicationsTable
  requirement_evidence: RequirementEvidenceTable
  status_reviews: StatusReviewsTable
  review_proposals: ReviewProposalsTable
}

export type PartnerRow = Selectable<PartnersTable>
export type InstallationRow = Selectable<InstallationsTable>
export type CrmWriteRow = Selectable<CrmWritesTable>
export type LinkCodeRow = Selectable<LinkCodesTable>
export type ClientRow = Selectable<ClientsTable>
export type PinRow = Selectable<PinsTable>
export type InvoiceRow = Selectable<InvoicesTable>
export type ViolationRow = Selectable<ViolationsTable>
export type LedgerTransactionRow = Selectable<LedgerTransactionsTable>
export type LedgerPostingRow = Selectable<LedgerPostingsTable>
export type IdempotencyKeyRow = Selectable<IdempotencyKeysTable>
export type AuditLogRow = Selectable<AuditLogTable>
export type OutboxRow = Selectable<OutboxTable>
export type NoticeRow = Selectable<NoticesTable>
