import type { TPartnerState } from '../../../../../shared/src/contract'
import { todayIn } from '../../../domain/calendar/today-in'
import { countEpisodes } from '../../../domain/violations/count-episodes'
import { partnerStateFor } from '../../../domain/violations/partner-state-for'
import type { Trx } from '../../../store/db'
import { lockPartner, updatePartner } from '../../../store/queries/partners'
import { liveViolationNotices } from '../../../store/queries/violations'
import { appendAudit } from '../../audit'
import type { Actor } from '../../context'
import type { Deps } from '../../deps'
import { tellStateChanged } from '../../notices/steps/tell-partner-state'
import { expelInTransaction } from './expel-in-transaction'

/**
 * Re-derives a partner's state from the episodes of its live violations after one is added or
 * voided (AT-4.1, AG-1.5: a repeat counts after a notice, per the program) and records the change
 * with its reason. Expulsion stays final.
 */
export const recomputePartnerState = async (
  trx: Trx,
  deps: Deps,
  { actor, now, partnerId, reason }: { actor: Actor | { kind: 'system' }; now: Date; partnerId: string; reason: string },
) => {
  const partner = await lockPartner(trx, partnerId)
  const current = partner.state as TPartnerState
  const { program } = deps
  const notices = await liveViolationNotices(trx, partnerId)
  const violations = notices.map((row) => ({ occurredOn: row.occurred_on, noticedOn: todayIn(program.timeZone, row.noticed_at) }))
  const episodes = countEpisodes({ violations, repeatCountsAfter: program.violations.repeatCountsAfter })
  const next = partnerStateFor({ current, episodes, policy: program.violations })
  if (next === current) return next
  if (next === 'expelled') {
    await expelInTransaction(trx, { actor, now, partnerId, reason })
    return next
  }
  await updatePartner(trx, partnerId, { state: next, updated_at: now })
  await tellStateChanged(trx, { partnerId, partnerName: partner.name, from: current, to: next, reason, at: now })
  await appendAudit(trx, actor, {
    action: 'partner.state-changed',
    entity: 'partner',
    entityId: partnerId,
    before: { state: current },
    after: { state: next },
    reason,
  })
  return next
}
