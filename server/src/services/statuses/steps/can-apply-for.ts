import { rankOf } from '../../../domain/statuses/rank-of'
import type { Db } from '../../../store/db'
import type { PartnerRow } from '../../../store/queries/partners'
import { findPendingApplicationOf, scheduledStatusesOf } from '../../../store/queries/statuses'
import type { Deps } from '../../deps'

/**
 * The statuses the partner may apply for today (AG-3.3a): authorized, not expelled, below the
 * status, with no application pending and no change to it already scheduled.
 */
export const canApplyFor = async (db: Db, deps: Deps, partner: PartnerRow): Promise<string[]> => {
  const statuses = deps.program.statusApplication?.statuses ?? []
  if (statuses.length === 0 || !partner.authorized_on || partner.state === 'expelled') return []
  const pendingApplication = await findPendingApplicationOf(db, partner.id)
  if (pendingApplication) return []
  const scheduled = await scheduledStatusesOf(db, partner.id)
  return statuses.filter(
    (status) => rankOf(deps.program, partner.status) < rankOf(deps.program, status) && !scheduled.some((change) => change.to_status === status),
  )
}
