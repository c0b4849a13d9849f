import { randomUUID } from 'node:crypto'
import type { TSystemReason } from '../../../../../shared/src/contract'
import type { Trx } from '../../../store/db'
import { insertStatusChange, reasonCodeColumns, supersedeChangesFrom } from '../../../store/queries/statuses'
import { appendAudit } from '../../audit'
import type { Actor } from '../../context'
import type { Deps } from '../../deps'
import { applyDueChange } from './apply-due-change'

export type NewStatusChange = {
  actor: Actor | { kind: 'system' }
  now: Date
  today: string
  partnerId: string
  fromStatus: string
  toStatus: string
  effectiveOn: string
  validUntil: string | null
  source: 'application' | 'review' | 'staff'
  sourceId?: string
  reason: string
  /** Set when the relay worded the reason itself; absent for a reason vendor staff typed. */
  systemReason?: TSystemReason
}

/**
 * Records a status decision that takes effect on `effectiveOn`, visible to both sides until then
 * (AG-3.3a, AG-3.3b). Pending changes of the partner due on or after that date are superseded by
 * this later decision. A date already reached applies at once.
 */
export const scheduleStatusChange = async (trx: Trx, deps: Deps, change: NewStatusChange) => {
  const superseded = await supersedeChangesFrom(trx, {
    partnerId: change.partnerId,
    from: change.effectiveOn,
    now: change.now,
    reason: `Superseded by a ${change.source} decision effective ${change.effectiveOn}`,
  })
  for (const { id } of superseded) {
    await appendAudit(trx, change.actor, {
      action: 'status-change.superseded',
      entity: 'status-change',
      entityId: id,
      after: { state: 'superseded' },
      reason: `Superseded by a ${change.source} decision`,
    })
  }
  const id = randomUUID()
  const row = {
    id,
    partner_id: change.partnerId,
    from_status: change.fromStatus,
    to_status: change.toStatus,
    effective_on: change.effectiveOn,
    valid_until: change.validUntil,
    source: change.source,
    source_id: change.sourceId ?? null,
    reason: change.reason,
    ...reasonCodeColumns(change.systemReason),
    created_at: change.now,
  }
  await insertStatusChange(trx, row)
  await appendAudit(trx, change.actor, { action: 'status-change.scheduled', entity: 'status-change', entityId: id, after: row, reason: change.reason })
  if (change.effectiveOn <= change.today) {
    // The row as it reads back: the reason's facts as an object, not the JSON text written.
    await applyDueChange(trx, deps, { actor: change.actor, now: change.now, change: { ...row, reason_params: change.systemReason?.params ?? null } })
  }
  return id
}
