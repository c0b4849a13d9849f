import { AppError, type TPinDecisionRequest } from '../../../../shared/src/contract'
import { protectedUntil } from '../../domain/pins/protected-until'
import { transitionPin, type PinDecision } from '../../domain/pins/transition-pin'
import { findPin } from '../../store/queries/pins'
import { appendAudit } from '../audit'
import type { Actor, Ctx } from '../context'
import type { Deps, Trx } from '../deps'
import { toPin } from '../dto/to-pin'
import { runWrite } from '../run-write'
import { notifyPinReleased } from './notify-pin-released'
import { today } from '../today'

/** Moves one pin through its state machine inside the caller's transaction; shared with expulsion. */
export const applyPinDecision = async (
  trx: Trx,
  {
    actor,
    now,
    pinId,
    decision,
    reason,
    reference,
    validUntil,
  }: { actor: Actor | { kind: 'system' }; now: Date; pinId: string; decision: PinDecision; validUntil?: string | null } & TPinDecisionRequest,
) => {
  const before = await findPin(trx, pinId)
  if (!before) throw new AppError('not_found', 'No such pin')
  const state = transitionPin({ state: before.state as never, decision, reason })
  await trx
    .updateTable('pins')
    .set({
      state,
      reason: reason ?? null,
      reference: reference ?? null,
      ...(decision === 'release' ? { released_at: now } : { decided_at: now }),
      ...(decision === 'approve' && validUntil !== undefined ? { valid_until: validUntil } : {}),
    })
    .where('id', '=', pinId)
    .execute()
  const pin = toPin((await findPin(trx, pinId))!)
  await appendAudit(trx, actor, { action: `pin.${state}`, entity: 'pin', entityId: pinId, before: toPin(before), after: pin, reason })
  return pin
}

/**
 * Vendor staff approve, reject or release a pin (AT-4.4, AT-1.2a, AT-4.5). Releasing on the
 * client's request notifies the partner by e-mail (AT-4.5). Approving a deal registration starts
 * its protection period where the program has one (AG-4).
 */
export const decidePin = (deps: Deps, ctx: Ctx, pinId: string, decision: PinDecision, body: TPinDecisionRequest) =>
  runWrite(deps, ctx, { route: `pin.${decision}`, params: { pinId }, body }, async (trx) => {
    const locked = await trx.selectFrom('pins').select('id').where('id', '=', pinId).forUpdate().executeTakeFirst()
    if (!locked) throw new AppError('not_found', 'No such pin')
    const validUntil = decision === 'approve' ? protectedUntil({ program: deps.program, day: today(deps, ctx) }) : undefined
    const pin = await applyPinDecision(trx, { actor: ctx.actor, now: ctx.now, pinId, decision, validUntil, ...body })
    if (decision === 'release' && body.reason === 'client-request') await notifyPinReleased(trx, deps.program, pin)
    return { pin }
  })
