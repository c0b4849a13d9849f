import type { TViolation } from '../../../../shared/src/contract'

export type ViolationRow = {
  id: string
  partner_id: string
  rule: string
  source: string
  invoice_id: string | null
  invoice_number: string | null
  note: string
  occurred_on: string
  voided_at: Date | null
  void_reason: string | null
  created_at: Date
}

export const toViolation = (row: ViolationRow): TViolation => ({
  id: row.id,
  partnerId: row.partner_id,
  rule: row.rule,
  source: row.source as TViolation['source'],
  invoiceId: row.invoice_id,
  invoiceNumber: row.invoice_number,
  note: row.note,
  occurredOn: row.occurred_on,
  voidedAt: row.voided_at?.toISOString() ?? null,
  voidReason: row.void_reason,
  createdAt: row.created_at.toISOString(),
})
