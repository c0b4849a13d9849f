import { AppError } from '../../../../../shared/src/contract'
import { selectPins } from '../../../store/queries/pins'
import { appendAudit } from '../../audit'
import type { Actor } from '../../context'
import type { Trx } from '../../../store/db'
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
  const partner = await trx.selectFrom('partners').select(['state']).where('id', '=', partnerId).forUpdate().executeTakeFirst()
  if (!partner) throw new AppError('not_found', 'No such partner')
  await trx.updateTable('partners').set({ state: 'expelled', updated_at: now }).where('id', '=', partnerId).execute()
  await appendAudit(trx, actor, { action: 'partner.expelled', entity: 'partner', entityId: partnerId, before: { state: partner.state }, after: { state: 'expelled' }, reason })
  const live = await selectPins(trx).where('pins.partner_id', '=', partnerId).where('pins.state', 'in', ['requested', 'approved']).orderBy('pins.account_number').execute()
  const released = []
  for (const pin of live) {
    const decision = pin.state === 'approved' ? 'release' : 'reject'
    released.push(await applyPinDecision(trx, { actor, now, pinId: pin.id, decision, reason: 'partner-expelled' }))
  }
  return released
}
