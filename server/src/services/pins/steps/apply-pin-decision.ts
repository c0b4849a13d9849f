import { AppError, type TPinDecisionRequest } from '../../../../../shared/src/contract'
import { clientConfirmation } from '../../../domain/pins/client-confirmation'
import { type PinDecision, transitionPin } from '../../../domain/pins/transition-pin'
import type { Trx } from '../../../store/db'
import { findPin, updatePin } from '../../../store/queries/pins'
import { appendAudit } from '../../audit'
import type { Actor } from '../../context'
import { toPin } from '../../dto/to-pin'
import { tellPinDecided } from '../../notices/steps/tell-pin'

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
    confirmedWithClient,
    confirmationNote,
  }: { actor: Actor | { kind: 'system' }; now: Date; pinId: string; decision: PinDecision; validUntil?: string | null } & TPinDecisionRequest,
) => {
  const before = await findPin(trx, pinId)
  if (!before) throw new AppError('not_found', 'No such pin')
  const state = transitionPin({ state: before.state as never, decision, reason })
  // AT-4.4: an approval may carry staff's mark that the client knows the partner, with their note.
  const confirmation = clientConfirmation({ decision, confirmedWithClient, confirmationNote })
  await updatePin(trx, pinId, {
    state,
    reason: reason ?? null,
    reference: reference ?? null,
    ...(decision === 'release' ? { released_at: now } : { decided_at: now }),
    ...(decision === 'approve' && validUntil !== undefined ? { valid_until: validUntil } : {}),
    ...(confirmation ? { client_confirmed: confirmation.confirmed, client_confirmation_note: confirmation.note } : {}),
  })
  const pin = toPin((await findPin(trx, pinId))!)
  await tellPinDecided(trx, { pin, at: now })
  await appendAudit(trx, actor, { action: `pin.${state}`, entity: 'pin', entityId: pinId, before: toPin(before), after: pin, reason })
  return pin
}
