import { partnersWithLiveViolations } from '../../store/queries/partners'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { toPartner } from '../dto/to-partner'

/** Every partner with its live violation count, for vendor staff. */
export const listPartners = async (deps: Deps, _ctx: Ctx) => {
  const rows = await partnersWithLiveViolations(deps.db)
  return { partners: rows.map((row) => toPartner(deps.program, row, Number(row.live_violations))) }
}
