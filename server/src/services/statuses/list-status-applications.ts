import { latestApplications } from '../../store/queries/statuses'
import { partnerIdOf } from '../actor'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { toStatusApplication } from '../dto/to-status-application'

const LIST_LIMIT = 500

/** Status applications: the partner's own, or every one for vendor staff; pending first, newest first. */
export const listStatusApplications = async (deps: Deps, ctx: Ctx) => {
  const partnerId = partnerIdOf(ctx)
  const rows = await latestApplications(deps.db, { partnerId, limit: LIST_LIMIT })
  const ordered = [...rows.filter((r) => r.state === 'pending'), ...rows.filter((r) => r.state !== 'pending')]
  return { applications: ordered.map((row) => toStatusApplication(deps.program, row)) }
}
