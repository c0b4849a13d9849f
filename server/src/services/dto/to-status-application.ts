import type { TChecklist, TStatusApplication } from '../../../../shared/src/contract'
import type { Program } from '../../domain/program/program-schema'
import type { StatusApplicationRow } from '../../store/queries/statuses'
import { statusName } from './to-partner'

export const toStatusApplication = (program: Program, row: StatusApplicationRow): TStatusApplication => ({
  id: row.id,
  partnerId: row.partner_id,
  partnerName: row.partner_name,
  status: row.status,
  statusName: statusName(program, row.status),
  state: row.state,
  appliedOn: row.applied_on,
  note: row.note,
  checklist: row.checklist as TChecklist,
  decidedAt: row.decided_at?.toISOString() ?? null,
  decisionNote: row.decision_note,
  effectiveOn: row.effective_on ?? null,
  validUntil: row.valid_until ?? null,
})
