import type { TSystemNote, TSystemVoidReason, TViolation } from '../../../../shared/src/contract'
import type { ViolationRow } from '../../store/queries/violations'

export const toViolation = (row: ViolationRow): TViolation => ({
  id: row.id,
  partnerId: row.partner_id,
  rule: row.rule,
  source: row.source as TViolation['source'],
  invoiceId: row.invoice_id,
  invoiceNumber: row.invoice_number,
  note: row.note,
  ...(row.note_code && { systemNote: { code: row.note_code, params: row.note_params ?? {} } as TSystemNote }),
  occurredOn: row.occurred_on,
  voidedAt: row.voided_at?.toISOString() ?? null,
  voidReason: row.void_reason,
  ...(row.void_code && { systemVoidReason: { code: row.void_code, params: row.void_params ?? {} } as TSystemVoidReason }),
  createdAt: row.created_at.toISOString(),
})
