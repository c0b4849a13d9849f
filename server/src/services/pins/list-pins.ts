import { selectPins } from '../../store/queries/pins'
import { partnerIdOf } from '../actor'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { toPin } from '../dto/to-pin'

const LIST_LIMIT = 500

/** The caller's pins (a partner's own, X-5), or every pin for vendor staff; newest first. */
export const listPins = async (deps: Deps, ctx: Ctx) => {
  const partnerId = partnerIdOf(ctx)
  let query = selectPins(deps.db)
  if (partnerId) query = query.where('pins.partner_id', '=', partnerId)
  const rows = await query.orderBy('pins.requested_at', 'desc').orderBy('pins.id').limit(LIST_LIMIT).execute()
  return { pins: rows.map(toPin) }
}
