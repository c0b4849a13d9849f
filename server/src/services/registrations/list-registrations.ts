import { latestRegistrations, latestRenewalsOf } from '../../store/queries/registrations'
import { partnerIdOf } from '../actor'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { toRegistration } from '../dto/to-registration'

const LIST_LIMIT = 500

/** Deal registrations with their validity and renewal requests (AG-4): the partner's own, or all for vendor staff. */
export const listRegistrations = async (deps: Deps, ctx: Ctx, query: { kind?: 'client' | 'project' }) => {
  const partnerId = partnerIdOf(ctx)
  const rows = await latestRegistrations(deps.db, { partnerId, kind: query.kind, limit: LIST_LIMIT })
  const renewals = await latestRenewalsOf(
    deps.db,
    rows.map((row) => row.id),
  )
  return { registrations: rows.map((row) => toRegistration(row, renewals.get(row.id))) }
}
