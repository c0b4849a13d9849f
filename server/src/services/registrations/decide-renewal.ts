import { AppError } from '../../../../shared/src/contract'
import { lockPendingRenewalOf } from '../../store/queries/registrations'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'
import { applyRenewal } from './steps/apply-renewal'
import { loadRegistration } from './steps/load-registration'

/**
 * Vendor staff approve or refuse the pending renewal of a deal registration (AG-4); a refusal says why.
 * @throws not_found without a pending request; invalid_state when the registration has ended.
 */
export const decideRenewal = (deps: Deps, ctx: Ctx, pinId: string, decision: 'approve' | 'reject', body: { note?: string; reason?: string }) =>
  runWrite(deps, ctx, { route: `renewal.${decision}`, params: { pinId }, body }, async (trx) => {
    const pending = await lockPendingRenewalOf(trx, pinId)
    if (!pending) throw new AppError('not_found', 'No renewal request waits on this registration')
    await applyRenewal(trx, deps, { actor: ctx.actor, now: ctx.now, renewalId: pending.id, decision, reason: body.reason ?? body.note })
    return { registration: await loadRegistration(trx, pinId) }
  })
