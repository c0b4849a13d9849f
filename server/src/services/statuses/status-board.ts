import { partnersWithRenewalFlags } from '../../store/queries/partners'
import { pendingApplications, pendingChanges } from '../../store/queries/statuses'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { statusName } from '../dto/to-partner'
import { toStatusApplication } from '../dto/to-status-application'
import { toStatusChange } from '../dto/to-status-change'

/** What waits for vendor staff about statuses: flagged renewals (AG-3.2), applications (AG-3.3a), scheduled changes. */
export const statusBoard = async (deps: Deps, _ctx: Ctx) => {
  const { db, program } = deps
  const flagged = await partnersWithRenewalFlags(db)
  const applications = await pendingApplications(db)
  const changes = await pendingChanges(db)
  return {
    flagged: flagged.map((p) => ({
      partnerId: p.id,
      partnerName: p.name,
      status: p.status,
      statusName: statusName(program, p.status),
      renewalFlags: p.renewal_flags,
    })),
    pendingApplications: applications.map((row) => toStatusApplication(program, row)),
    pendingChanges: changes.map((row) => toStatusChange(program, row)),
  }
}
