import type { Trx } from '../../../store/db'
import { lapsedRegistrations, updatePin } from '../../../store/queries/pins'
import { appendAudit } from '../../audit'

/**
 * Ends the deal registrations whose protection period is over (AG-4): released with reason
 * `expired`, so the client is free to register again. One with a renewal request still waiting is
 * left for vendor staff to decide. Released pins are not selected again, so a second pass changes nothing.
 */
export const expireRegistrations = async (trx: Trx, { now, today }: { now: Date; today: string }) => {
  const lapsed = await lapsedRegistrations(trx, today)
  for (const pin of lapsed) {
    await updatePin(trx, pin.id, { state: 'released', reason: 'expired', released_at: now })
    const reason = `Deal protection ended on ${pin.valid_until} (AG-4)`
    await appendAudit(
      trx,
      { kind: 'system' },
      { action: 'pin.expired', entity: 'pin', entityId: pin.id, before: { state: 'approved' }, after: { state: 'released', reason: 'expired' }, reason },
    )
  }
  return lapsed.length
}
