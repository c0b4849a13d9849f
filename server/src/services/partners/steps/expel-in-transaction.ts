import type { Trx } from '../../../store/db'
import { lockPartner, updatePartner } from '../../../store/queries/partners'
import { livePinsOfPartner } from '../../../store/queries/pins'
import { appendAudit } from '../../audit'
import type { Actor } from '../../context'
import { applyPinDecision } from '../../pins/steps/apply-pin-decision'

/**
 * Expels a partner for good (AT-4.1): its approved pins are released and its open requests
 * rejected with reason `partner-expelled`, so other partners or the vendor can take the clients.
 * Returns the released pins; the clients they held are the AT-4.3 list.
 */
export const expelInTransaction = async (
  trx: Trx,
  { actor, now, partnerId, reason }: { actor: Actor | { kind: 'system' }; now: Date; partnerId: string; reason: string },
) => {
  const partner = await lockPartner(trx, partnerId)
  await updatePartner(trx, partnerId, { state: 'expelled', updated_at: now })
  await appendAudit(trx, actor, {
    action: 'partner.expelled',
    entity: 'partner',
    entityId: partnerId,
    before: { state: partner.state },
    after: { state: 'expelled' },
    reason,
  })
  const live = await livePinsOfPartner(trx, partnerId)
  const released = []
  for (const pin of live) {
    const decision = pin.state === 'approved' ? 'release' : 'reject'
    released.push(await applyPinDecision(trx, { actor, now, pinId: pin.id, decision, reason: 'partner-expelled' }))
  }
  return released
}
