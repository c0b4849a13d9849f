import { randomUUID } from 'node:crypto'
import { AppError } from '../../../../shared/src/contract'
import { checkStanding } from '../../domain/violations/check-standing'
import { isUniqueViolation } from '../../store/create-db'
import { getPartner } from '../../store/queries/partners'
import { lockPin } from '../../store/queries/pins'
import { insertRenewalRequest } from '../../store/queries/registrations'
import { requirePartner } from '../actor'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'
import { applyRenewal } from './steps/apply-renewal'
import { loadRegistration } from './steps/load-registration'

/**
 * A partner asks to extend its deal registration before it lapses (AG-4). While the request waits,
 * the registration does not expire; vendor staff decide (or the program approves at once, AT-4.4).
 * @throws not_found for another partner's; partner_expulsion_pending, partner_expelled (AT-4.1, AG-1.5);
 *   invalid_state unless approved with a validity, or one is pending.
 */
export const requestRenewal = (deps: Deps, ctx: Ctx, pinId: string, body: { note?: string }) =>
  runWrite(deps, ctx, { route: 'requestRenewal', params: { pinId }, body }, async (trx) => {
    const partnerId = requirePartner(ctx)
    const pin = await lockPin(trx, pinId, partnerId)
    if (!pin) throw new AppError('not_found', 'No such registration')
    // Extending protection is new business: none while the status is being taken away (AT-4.1, AG-1.5).
    checkStanding({ state: (await getPartner(trx, partnerId)).state, statusRule: deps.program.violations.statusRule })
    if (pin.state !== 'approved' || !pin.valid_until) {
      throw new AppError('invalid_state', 'Only an approved registration with a protection period can be renewed', { rule: 'AG-4' })
    }
    const id = randomUUID()
    try {
      await insertRenewalRequest(trx, { id, pin_id: pinId, partner_id: partnerId, state: 'pending', note: body.note ?? null, requested_at: ctx.now })
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('invalid_state', 'A renewal request already waits for the vendor', { rule: 'AG-4' })
      throw error
    }
    await appendAudit(trx, ctx.actor, {
      action: 'registration.renewal-requested',
      entity: 'pin',
      entityId: pinId,
      after: { renewalId: id, validUntil: pin.valid_until },
      reason: body.note,
    })
    if (deps.program.pinApproval === 'auto') await applyRenewal(trx, deps, { actor: ctx.actor, now: ctx.now, renewalId: id, decision: 'approve' })
    return { registration: await loadRegistration(trx, pinId) }
  })
