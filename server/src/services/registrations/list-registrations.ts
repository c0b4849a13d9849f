import { latestRenewalsOf, selectRegistrations } from '../../store/queries/registrations'
import { partnerIdOf } from '../actor'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { toRegistration } from '../dto/to-registration'

const LIST_LIMIT = 500

/** Deal registrations with their validity and renewal requests (AG-4): the partner's own, or all for vendor staff. */
export const listRegistrations = async (deps: Deps, ctx: Ctx, query: { kind?: 'client' | 'project' }) => {
  const partnerId = partnerIdOf(ctx)
  let select = selectRegistrations(deps.db)
  if (partnerId) select = select.where('pins.partner_id', '=', partnerId)
  if (query.kind) select = select.where('pins.kind', '=', query.kind)
  const rows = await select.orderBy('pins.requested_at', 'desc').orderBy('pins.id').limit(LIST_LIMIT).execute()
  const renewals = await latestRenewalsOf(deps.db, rows.map((row) => row.id))
  return { registrations: rows.map((row) => toRegistration(row, renewals.get(row.id))) }
}
