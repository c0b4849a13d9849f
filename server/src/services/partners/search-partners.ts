import type { TPartnerPage, TPartnerSearchQuery } from '../../../../shared/src/contract'
import { countPartners, searchPartnerPage } from '../../store/queries/partners'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { toPartner } from '../dto/to-partner'

const DEFAULT_LIMIT = 50

/** A page of the partner directory for vendor staff: by name, filtered by name or INN, state and status. */
export const searchPartners = async (deps: Deps, _ctx: Ctx, query: TPartnerSearchQuery = {}): Promise<TPartnerPage> => {
  const limit = query.limit ?? DEFAULT_LIMIT
  const filter = { q: query.q, state: query.state, status: query.status }
  const [rows, total] = await Promise.all([searchPartnerPage(deps.db, { ...filter, after: query.after, limit }), countPartners(deps.db, filter)])
  const page = rows.slice(0, limit)
  return {
    partners: page.map((row) => toPartner(deps.program, row, Number(row.live_violations))),
    total,
    nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  }
}
