import { AppError, type TSystemVoidReason } from '../../../../../shared/src/contract'
import type { Trx } from '../../../store/db'
import { findViolation, lockViolation, setViolationVoid } from '../../../store/queries/violations'
import { appendAudit } from '../../audit'
import type { Actor } from '../../context'
import type { Deps } from '../../deps'
import { toViolation } from '../../dto/to-violation'
import { recomputePartnerState } from './recompute-partner-state'

/** Voids a violation with its reason and re-derives the partner's state (AT-4.1); shared with the transfer rule. */
export const voidViolationInTransaction = async (
  trx: Trx,
  deps: Deps,
  {
    actor,
    now,
    violationId,
    reason,
    systemVoidReason,
  }: { actor: Actor | { kind: 'system' }; now: Date; violationId: string; reason: string; systemVoidReason?: TSystemVoidReason },
) => {
  const row = await lockViolation(trx, violationId)
  if (!row) throw new AppError('not_found', 'No such violation')
  if (row.voided_at) throw new AppError('invalid_state', 'This violation is already void', { rule: 'AT-4.1' })
  await setViolationVoid(trx, { id: violationId, now, reason, systemVoidReason })
  const violation = toViolation((await findViolation(trx, violationId))!)
  await appendAudit(trx, actor, { action: 'violation.voided', entity: 'violation', entityId: violationId, before: toViolation(row), after: violation, reason })
  await recomputePartnerState(trx, deps, { actor, now, partnerId: row.partner_id, reason: `Violation ${row.rule} voided: ${reason}` })
  return violation
}
