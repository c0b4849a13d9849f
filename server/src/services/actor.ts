import { AppError } from '../../../shared/src/contract'
import type { Ctx } from './context'

/** The calling partner's id, or null for vendor staff and the admin. */
export const partnerIdOf = (ctx: Ctx): string | null => (ctx.actor.kind === 'partner' ? ctx.actor.partnerId : null)

/** The calling partner's id; the HTTP layer has already refused other callers, this keeps types honest. */
export const requirePartner = (ctx: Ctx): string => {
  if (ctx.actor.kind !== 'partner') throw new AppError('forbidden', 'Only a partner installation can do this')
  return ctx.actor.partnerId
}
