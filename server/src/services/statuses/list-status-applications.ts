import { selectStatusApplications } from '../../store/queries/statuses'
import { partnerIdOf } from '../actor'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { toStatusApplication } from '../dto/to-status-application'

const LIST_LIMIT = 500

/** Status applications: the partner's own, or every one for vendor staff; pending first, newest first. */
export const listStatusApplications = async (deps: Deps, ctx: Ctx) => {
  const partnerId = partnerIdOf(ctx)
  let query = selectStatusApplications(deps.db)
  if (partnerId) query = query.where('status_applications.partner_id', '=', partnerId)
  const rows = await query.orderBy('status_applications.created_at', 'desc').limit(LIST_LIMIT).execute()
  const ordered = [...rows.filter((r) => r.state === 'pending'), ...rows.filter((r) => r.state !== 'pending')]
  return { applications: ordered.map((row) => toStatusApplication(deps.program, row)) }
}
