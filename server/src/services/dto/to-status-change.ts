import type { TStatusChange } from '../../../../shared/src/contract'
import type { Program } from '../../domain/program/program-schema'
import type { StatusChangeRow } from '../../store/queries/statuses'
import { statusName } from './to-partner'
import { toSystemReason } from './to-system-reason'

export const toStatusChange = (program: Program, row: StatusChangeRow): TStatusChange => ({
  id: row.id,
  partnerId: row.partner_id,
  partnerName: row.partner_name,
  fromStatus: row.from_status,
  toStatus: row.to_status,
  toStatusName: statusName(program, row.to_status),
  effectiveOn: row.effective_on,
  validUntil: row.valid_until,
  source: row.source,
  reason: row.reason,
  systemReason: toSystemReason(row),
  state: row.state,
  createdAt: row.created_at.toISOString(),
})
