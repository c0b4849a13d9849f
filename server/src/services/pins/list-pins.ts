import { latestPins } from '../../store/queries/pins'
import { partnerIdOf } from '../actor'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { toPin } from '../dto/to-pin'

const LIST_LIMIT = 500

/** The caller's pins (a partner's own, X-5), or every pin for vendor staff; newest first. */
export const listPins = async (deps: Deps, ctx: Ctx) => {
  const partnerId = partnerIdOf(ctx)
  const rows = await latestPins(deps.db, { partnerId, limit: LIST_LIMIT })
  return { pins: rows.map(toPin) }
}
