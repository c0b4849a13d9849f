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
  email: string
  address: string | null
  countries: Generated<string[]>
  status: string
  current_discount_bps: number | null
  state: Generated<PartnerState>
  agreement_signed_on: CalendarDate | null
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export type InstallationsTable = {
  id: string
  crm: Crm
  account: string
  domain: string
  role: InstallationRole
  partner_id: string | null
  created_at: Generated<Date>
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
}

export type InvoiceCountersTable = {
  year: number
  last_seq: number
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
}

export type ViolationsTable = {
  id: string
  partner_id: string
  rule: string
  source: ViolationSource
  invoice_id: string | null
  note: string
  occurred_on: CalendarDate
  voided_at: Date | null
  void_reason: string | null
  created_at: Generated<Date>
}

export type LedgerTransactionsTable = {
  id: Generated<bigint>
  kind: string
  partner_id: string | null
  invoice_id: string | null
  reverses_id: bigint | null
  memo: string | null
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

export type Database = {
  partners: PartnersTable
  installations: InstallationsTable
  link_codes: LinkCodesTable
  clients: ClientsTable
  pins: PinsTable
  invoice_counters: InvoiceCountersTable
  invoices: InvoicesTable
  violations: ViolationsTable
  ledger_transactions: LedgerTransactionsTable
  ledger_postings: LedgerPostingsTable
  idempotency_keys: IdempotencyKeysTable
  audit_log: AuditLogTable
  outbox: OutboxTable
}

export type PartnerRow = Selectable<PartnersTable>
export type InstallationRow = Selectable<InstallationsTable>
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
