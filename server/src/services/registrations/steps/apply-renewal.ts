import { AppError } from '../../../../../shared/src/contract'
import { todayIn } from '../../../domain/calendar/today-in'
import { protectedUntil } from '../../../domain/pins/protected-until'
import type { Trx } from '../../../store/db'
import { lockPin, updatePin } from '../../../store/queries/pins'
import { getRenewalRequest, updateRenewalRequest } from '../../../store/queries/registrations'
import { appendAudit } from '../../audit'
import type { Actor } from '../../context'
import type { Deps } from '../../deps'

/**
 * Decides a pending renewal request (AG-4): approval extends the protection by the program's
 * period from the later of its current end and today; a rejection keeps the end, and the
 * registration lapses on the next pass after it.
 * @throws invalid_state when the registration is no longer approved.
 */
export const applyRenewal = async (
  trx: Trx,
  deps: Deps,
  {
    actor,
    now,
    renewalId,
    decision,
    reason,
  }: { actor: Actor | { kind: 'system' }; now: Date; renewalId: string; decision: 'approve' | 'reject'; reason?: string },
) => {
  const renewal = await getRenewalRequest(trx, renewalId)
  const pin = await lockPin(trx, renewal.pin_id)
  if (!pin) throw new Error(`Renewal ${renewalId} points at no pin`)
  if (decision === 'approve' && pin.state !== 'approved')
    throw new AppError('invalid_state', `The registration is ${pin.state} and cannot be extended`, { rule: 'AG-4' })
  const after =
    decision === 'approve'
      ? protectedUntil({ program: deps.program, day: todayIn(deps.program.timeZone, now), currentUntil: pin.valid_until })
      : pin.valid_until
  if (decision === 'approve') await updatePin(trx, renewal.pin_id, { valid_until: after })
  await updateRenewalRequest(trx, renewalId, {
    state: decision === 'approve' ? 'approved' : 'rejected',
    decided_at: now,
    reason: reason ?? null,
    valid_until_before: pin.valid_until,
    valid_until_after: after,
  })
  await appendAudit(trx, actor, {
    action: decision === 'approve' ? 'registration.renewed' : 'registration.renewal-rejected',
    entity: 'pin',
    entityId: renewal.pin_id,
    before: { validUntil: pin.valid_until },
    after: { validUntil: after },
    reason,
  })
}
