import { statusesOpenTo } from '../../../domain/statuses/statuses-open-to'
import type { Db } from '../../../store/db'
import type { PartnerRow } from '../../../store/queries/partners'
import { findPendingApplicationOf, scheduledStatusesOf } from '../../../store/queries/statuses'
import type { Deps } from '../../deps'

/** The statuses the partner may apply for today, as the domain decides it (AG-3.3a) from what is on record. */
export const canApplyFor = async (db: Db, deps: Deps, partner: PartnerRow): Promise<string[]> => {
  if (!deps.program.statusApplication?.statuses.length) return []
  const hasPendingApplication = Boolean(await findPendingApplicationOf(db, partner.id))
  const scheduledStatuses = hasPendingApplication ? [] : (await scheduledStatusesOf(db, partner.id)).map((change) => change.to_status)
  return statusesOpenTo(deps.program, {
    partner: { status: partner.status, authorizedOn: partner.authorized_on, state: partner.state },
    hasPendingApplication,
    scheduledStatuses,
  })
}
