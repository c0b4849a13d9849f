import { sql } from 'kysely'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { toPartner } from '../dto/to-partner'

/** Every partner with its live violation count, for vendor staff. */
export const listPartners = async (deps: Deps, _ctx: Ctx) => {
  const rows = await deps.db
    .selectFrom('partners')
    .selectAll('partners')
    .select(sql<string>`(select count(*) from violations v where v.partner_id = partners.id and v.voided_at is null)`.as('live_violations'))
    .orderBy('partners.name')
    .execute()
  return { partners: rows.map((row) => toPartner(deps.program, row, Number(row.live_violations))) }
}
