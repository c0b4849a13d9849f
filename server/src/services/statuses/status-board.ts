import { sql } from 'kysely'
import { selectStatusApplications, selectStatusChanges } from '../../store/queries/statuses'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { statusName } from '../dto/to-partner'
import { toStatusApplication } from '../dto/to-status-application'
import { toStatusChange } from '../dto/to-status-change'

/** What waits for vendor staff about statuses: flagged renewals (AG-3.2), applications (AG-3.3a), scheduled changes. */
export const statusBoard = async (deps: Deps, _ctx: Ctx) => {
  const { db, program } = deps
  const flagged = await db
    .selectFrom('partners')
    .select(['id', 'name', 'status', 'renewal_flags'])
    .where(sql<boolean>`jsonb_array_length(renewal_flags) > 0`)
    .where('state', '!=', 'expelled')
    .orderBy('name')
    .execute()
  const applications = await selectStatusApplications(db).where('status_applications.state', '=', 'pending').orderBy('status_applications.created_at').execute()
  const changes = await selectStatusChanges(db).where('status_changes.state', '=', 'pending').orderBy('effective_on').orderBy('partners.name').execute()
  return {
    flagged: flagged.map((p) => ({ partnerId: p.id, partnerName: p.name, status: p.status, statusName: statusName(program, p.status), renewalFlags: p.renewal_flags })),
    pendingApplications: applications.map((row) => toStatusApplication(program, row)),
    pendingChanges: changes.map((row) => toStatusChange(program, row)),
  }
}
