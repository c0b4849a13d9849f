import type { TEvidenceRequirement } from '../../../../shared/src/contract'
import type { EvidenceRow } from '../../store/queries/statuses'

export const toEvidence = (row: EvidenceRow) => ({
  id: row.id,
  partnerId: row.partner_id,
  requirement: row.requirement as TEvidenceRequirement,
  recordedOn: row.recorded_on,
  validUntil: row.valid_until,
  note: row.note,
  recordedBy: row.recorded_by,
  voidedAt: row.voided_at?.toISOString() ?? null,
  voidReason: row.void_reason,
  createdAt: row.created_at.toISOString(),
})
