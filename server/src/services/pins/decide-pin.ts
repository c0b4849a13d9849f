import { AppError, type TPinDecisionRequest } from '../../../../shared/src/contract'
import { protectedUntil } from '../../domain/pins/protected-until'
import type { PinDecision } from '../../domain/pins/transition-pin'
import { lockPin } from '../../store/queries/pins'
import type { Ctx } from '../context'
import { queuePinNote } from '../crm-writes/steps/queue-crm-writes'
import { rememberCard } from '../crm-writes/steps/remember-card'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'
import { today } from '../today'
import { applyPinDecision } from './steps/apply-pin-decision'
import { notifyPinReleased } from './steps/notify-pin-released'

/**
 * Vendor staff approve, reject or release a pin (AT-4.4, AT-1.2a, AT-4.5). Releasing on the
 * client's request notifies the partner by e-mail (AT-4.5). Approving a deal registration starts
 * its protection period where the program has one (AG-4).
 */
export const decidePin = (deps: Deps, ctx: Ctx, pinId: string, decision: PinDecision, body: TPinDecisionRequest) =>
  runWrite(deps, ctx, { route: `pin.${decision}`, params: { pinId }, body }, async (trx) => {
    const locked = await lockPin(trx, pinId)
    if (!locked) throw new AppError('not_found', 'No such pin')
    const validUntil = decision === 'approve' ? protectedUntil({ program: deps.program, day: today(deps, ctx) }) : undefined
    const pin = await applyPinDecision(trx, { actor: ctx.actor, now: ctx.now, pinId, decision, validUntil, ...body })
    if (decision === 'release' && body.reason === 'client-request') await notifyPinReleased(trx, deps.program, pin)
    await rememberCard(trx, ctx, pin.accountNumber)
    await queuePinNote(trx, { pin, decision, validUntil: validUntil ?? null, now: ctx.now })
    return { pin }
  })
