import { AppError } from '../../../../shared/src/contract'
import { partnerIdOf } from '../actor'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { loadPartnerStatus } from './steps/load-partner-status'

/** A partner's status page: for vendor staff, or for that partner itself; another partner's id is not found. */
export const partnerStatus = async (deps: Deps, ctx: Ctx, partnerId: string) => {
  const own = partnerIdOf(ctx)
  if (own && own !== partnerId) throw new AppError('not_found', 'No such partner')
  return loadPartnerStatus(deps.db, deps, { partnerId, now: ctx.now })
}
