import { changeApplies } from '../../../domain/statuses/change-applies'
import { scheduledReason } from '../../../domain/statuses/system-reasons'
import type { Trx } from '../../../store/db'
import { getPartner } from '../../../store/queries/partners'
import { type StatusChangeRow, settleStatusChange } from '../../../store/queries/statuses'
import { appendAudit } from '../../audit'
import type { Actor } from '../../context'
import type { Deps } from '../../deps'
import { toSystemReason } from '../../dto/to-system-reason'
import { applyStatus } from './apply-status'

type DueChange = Pick<
  StatusChangeRow,
  'id' | 'partner_id' | 'to_status' | 'effective_on' | 'valid_until' | 'source' | 'reason' | 'reason_code' | 'reason_params'
>

/**
 * Applies a scheduled status change on its date (AG-3.3a, AG-3.3b), or marks it superseded when an
 * application would now lower the partner; either way it is settled once, so a second pass skips it.
 */
export const applyDueChange = async (trx: Trx, deps: Deps, { actor, now, change }: { actor: Actor | { kind: 'system' }; now: Date; change: DueChange }) => {
  const partner = await getPartner(trx, change.partner_id)
  const applies = changeApplies({ program: deps.program, source: change.source, currentStatus: partner.status, toStatus: change.to_status })
  const settleReason = applies ? null : `The partner already holds "${partner.status}", above "${change.to_status}"`
  await settleStatusChange(trx, { id: change.id, state: applies ? 'applied' : 'superseded', now, reason: settleReason })
  if (!applies) {
    await appendAudit(trx, actor, {
      action: 'status-change.superseded',
      entity: 'status-change',
      entityId: change.id,
      after: { state: 'superseded' },
      reason: settleReason,
    })
    return false
  }
  await applyStatus(trx, deps, {
    actor,
    now,
    partnerId: change.partner_id,
    toStatus: change.to_status,
    effectiveOn: change.effective_on,
    validUntil: change.valid_until,
    source: change.source,
    sourceId: change.id,
    ...(change.reason === null
      ? scheduledReason({ effectiveOn: change.effective_on, source: change.source })
      : { reason: change.reason, systemReason: toSystemReason(change) }),
  })
  await appendAudit(trx, actor, {
    action: 'status-change.applied',
    entity: 'status-change',
    entityId: change.id,
    after: { state: 'applied', effectiveOn: change.effective_on },
  })
  return true
}
